// Bicep twin of SeedLabScenarios.Verification1_NoNsg (samples/SeedLab/Verification1_NoNsg.cs).
//
// Verification 1: no NSG anywhere. An internal Standard load balancer is reachable from the
// virtual network without any NSG; the web VMs see the client's address 192.168.8.4 and probes
// from 168.63.129.16.
// Expected: nothing
//
// Style (as in the C#): subnets inline in the VNet, backend pool inline in the load balancer.
// Objects that the C# leaves without a Name (frontend, probe, rule, NIC IP configurations) are
// named here after their C# Bicep identifier, since ARM requires a name.

param location string = resourceGroup().location

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
