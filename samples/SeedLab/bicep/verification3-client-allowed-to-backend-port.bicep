// Bicep twin of SeedLabScenarios.Verification3_ClientAllowedToBackendPort
// (samples/SeedLab/Verification3_ClientAllowedToBackendPort.cs).
//
// Verification 3: as verification 2, plus an allow from the client VM 192.168.8.4 to the
// backend port 5000 (not the frontend port 80) at priority 900. The backend host applies the
// load balancer's NAT before the NSG, so the NSG sees 192.168.8.4 -> backend:5000, which this
// rule admits; the probes are admitted by the AzureLoadBalancer rule. It works.
// Expected: nothing
//
// Style (as in the C#): standalone subnets (parent: vnet), inline security rules, NSG attached to
// the web subnet by reference (the C# stub `new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id }`).
// Objects that the C# leaves without a Name (frontend, probe, rule, NIC IP configurations) are
// named here after their C# Bicep identifier, since ARM requires a name.

param location string = resourceGroup().location

resource webNsg 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {
  name: 'nsg-web'
  location: location
  properties: {
    securityRules: [
      // allowClientToBackendPort
      {
        name: 'allow-client-to-backend-port'
        properties: {
          priority: 900
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: '192.168.8.4'
          sourcePortRange: '*'
          destinationAddressPrefix: '192.168.8.64/26'
          destinationPortRange: '5000'
        }
      }
      // allowSsh
      {
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
      // allowAzureLoadBalancer
      {
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
      // denyAll
      {
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
    ]
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
  }
}

resource clientSubnet 'Microsoft.Network/virtualNetworks/subnets@2023-09-01' = {
  parent: vnet
  name: 'client'
  properties: {
    addressPrefix: '192.168.8.0/27'
  }
}

resource lbSubnet 'Microsoft.Network/virtualNetworks/subnets@2023-09-01' = {
  parent: vnet
  name: 'lb'
  properties: {
    addressPrefix: '192.168.8.48/28'
  }
}

resource webSubnet 'Microsoft.Network/virtualNetworks/subnets@2023-09-01' = {
  parent: vnet
  name: 'web'
  properties: {
    addressPrefix: '192.168.8.64/26'
    // webNsgRef
    networkSecurityGroup: {
      id: webNsg.id
    }
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
            id: lbSubnet.id
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
            id: webSubnet.id
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
            id: webSubnet.id
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
