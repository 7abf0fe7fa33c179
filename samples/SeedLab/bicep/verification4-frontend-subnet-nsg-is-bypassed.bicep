// Bicep twin of SeedLabScenarios.Verification4_FrontendSubnetNsgIsBypassed
// (samples/SeedLab/Verification4_FrontendSubnetNsgIsBypassed.cs).
//
// Verification 4: as verification 3, plus an NSG on the load balancer's (middle) subnet that
// denies TCP 80 to the frontend 192.168.8.52. It still works: the frontend subnet is never a hop.
// The client's host picks a backend and sends the packet straight to it; only the backend's
// subnet and NIC NSGs are evaluated.
// Expected: LBNSG001 on the lb-subnet deny rule.
//
// Style (as in the C#): inline subnets, inline rules on the web NSG and a standalone rule
// (parent: lbNsg) on the lb NSG, both NSGs attached to their subnets by reference (the C# stub
// `new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id }` for web and
// `lbSubnet.NetworkSecurityGroup.Id = lbNsg.Id` for lb), the backend pool as a standalone child
// of the load balancer (parent: lb); the rule that the C# adds afterwards with
// `lb.LoadBalancingRules.Add(rule)` is in the load balancer's loadBalancingRules.
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
          destinationAddressPrefix: '*'
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

resource lbNsg 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {
  name: 'nsg-lb'
  location: location
}

resource denyHttpToFrontend 'Microsoft.Network/networkSecurityGroups/securityRules@2023-09-01' = {
  parent: lbNsg
  name: 'deny-http-to-lb-frontend'
  properties: {
    priority: 1000
    direction: 'Inbound'
    access: 'Deny'
    protocol: 'Tcp'
    sourceAddressPrefix: '*'
    sourcePortRange: '*'
    destinationAddressPrefix: '192.168.8.52'
    destinationPortRange: '80'
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
          networkSecurityGroup: {
            id: lbNsg.id
          }
        }
      }
      // webSubnet
      {
        name: 'web'
        properties: {
          addressPrefix: '192.168.8.64/26'
          // webNsgRef
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
      // httpRule (added in the C# by lb.LoadBalancingRules.Add(rule))
      {
        name: 'httpRule'
        properties: {
          protocol: 'Tcp'
          frontendPort: 80
          backendPort: 5000
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-web', 'frontend')
          }
          // The standalone pool is a child of lb: pool.id here would be a dependency cycle.
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

resource pool 'Microsoft.Network/loadBalancers/backendAddressPools@2023-09-01' = {
  parent: lb
  name: 'web-pool'
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
              id: pool.id
            }
          ]
          privateIPAllocationMethod: 'Dynamic'
        }
      }
    ]
  }
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
              id: pool.id
            }
          ]
          privateIPAllocationMethod: 'Dynamic'
        }
      }
    ]
  }
}
