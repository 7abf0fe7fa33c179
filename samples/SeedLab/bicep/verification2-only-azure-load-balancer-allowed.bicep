// Bicep twin of SeedLabScenarios.Verification2_OnlyAzureLoadBalancerAllowed
// (samples/SeedLab/Verification2_OnlyAzureLoadBalancerAllowed.cs).
//
// Verification 2: the web-subnet NSG allows SSH from the client subnet (1000), allows the
// AzureLoadBalancer service tag (1024) and denies everything else (2048). The probes now pass,
// but AzureLoadBalancer is only 168.63.129.16, the probe source: the client's packets arrive
// with the client's address (192.168.8.4 -> backend:5000, no SNAT) and hit the deny-all.
// curl to 192.168.8.52:80 times out.
// Expected: LBNSG004 on the AzureLoadBalancer rule.
//
// Style (as in the C#): inline subnets, standalone security rules (parent: webNsg), NSG attached
// to the web subnet by reference (the C# `web.NetworkSecurityGroup.Id = webNsg.Id`).
// Objects that the C# leaves without a Name (frontend, probe, rule, NIC IP configurations) are
// named here after their C# Bicep identifier, since ARM requires a name.

param location string = resourceGroup().location

resource webNsg 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {
  name: 'nsg-web'
  location: location
}

resource allowSsh 'Microsoft.Network/networkSecurityGroups/securityRules@2023-09-01' = {
  parent: webNsg
  name: 'allow-ssh-from-client-subnet'
  properties: {
    priority: 1000
    direction: 'Inbound'
    access: 'Allow'
    protocol: 'Tcp'
    sourceAddressPrefix: '192.168.8.0/27'
    sourcePortRange: '*'
    destinationAddressPrefix: '*'
    destinationPortRange: '22'
  }
}

resource allowAzureLoadBalancer 'Microsoft.Network/networkSecurityGroups/securityRules@2023-09-01' = {
  parent: webNsg
  name: 'allow-azure-load-balancer'
  properties: {
    priority: 1024
    direction: 'Inbound'
    access: 'Allow'
    protocol: '*'
    sourceAddressPrefix: 'AzureLoadBalancer'
    sourcePortRange: '*'
    destinationAddressPrefix: '*'
    destinationPortRange: '*'
  }
}

resource denyAll 'Microsoft.Network/networkSecurityGroups/securityRules@2023-09-01' = {
  parent: webNsg
  name: 'deny-all'
  properties: {
    priority: 2048
    direction: 'Inbound'
    access: 'Deny'
    protocol: '*'
    sourceAddressPrefix: '*'
    sourcePortRange: '*'
    destinationAddressPrefix: '*'
    destinationPortRange: '*'
  }
}

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-seedlab'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '192.168.8.0/24'
      ]
    }
    subnets: [
      // clientSubnet
      {
        name: 'client'
        properties: {
          addressPrefix: '192.168.8.0/27'
        }
      }
      // lbSubnet
      {
        name: 'lb'
        properties: {
          addressPrefix: '192.168.8.48/28'
        }
      }
      // webSubnet
      {
        name: 'web'
        properties: {
          addressPrefix: '192.168.8.64/26'
          networkSecurityGroup: {
            id: webNsg.id
          }
        }
      }
    ]
  }
}

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-web'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      // frontend
      {
        name: 'frontend'
        properties: {
          subnet: {
            id: '${vnet.id}/subnets/lb'
          }
          privateIPAllocationMethod: 'Static'
          privateIPAddress: '192.168.8.52'
        }
      }
    ]
    backendAddressPools: [
      // pool
      {
        name: 'web-pool'
      }
    ]
    probes: [
      // probe
      {
        name: 'probe'
        properties: {
          protocol: 'Http'
          port: 5000
          requestPath: '/'
        }
      }
    ]
    loadBalancingRules: [
      // httpRule
      {
        name: 'httpRule'
        properties: {
          protocol: 'Tcp'
          frontendPort: 80
          backendPort: 5000
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-web', 'frontend')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-web', 'web-pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-web', 'probe')
          }
        }
      }
    ]
  }
}

// CreateWebNic(infra, "web-vm1", web, pool)
resource web_vm1_nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
  name: 'web-vm1-nic'
  location: location
  properties: {
    ipConfigurations: [
      // web_vm1_ipconfig
      {
        name: 'web-vm1-ipconfig'
        properties: {
          subnet: {
            id: '${vnet.id}/subnets/web'
          }
          loadBalancerBackendAddressPools: [
            {
              id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-web', 'web-pool')
            }
          ]
          privateIPAllocationMethod: 'Dynamic'
        }
      }
    ]
  }
  dependsOn: [
    lb // the pool is referenced by resourceId(), which carries no dependency
  ]
}

// CreateWebNic(infra, "web-vm2", web, pool)
resource web_vm2_nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
  name: 'web-vm2-nic'
  location: location
  properties: {
    ipConfigurations: [
      // web_vm2_ipconfig
      {
        name: 'web-vm2-ipconfig'
        properties: {
          subnet: {
            id: '${vnet.id}/subnets/web'
          }
          loadBalancerBackendAddressPools: [
            {
              id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-web', 'web-pool')
            }
          ]
          privateIPAllocationMethod: 'Dynamic'
        }
      }
    ]
  }
  dependsOn: [
    lb // the pool is referenced by resourceId(), which carries no dependency
  ]
}
