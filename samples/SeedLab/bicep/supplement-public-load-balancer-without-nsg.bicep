// Bicep twin of SeedLabScenarios.Supplement_PublicLoadBalancerWithoutNsg
// (samples/SeedLab/Supplement_PublicLoadBalancerWithoutNsg.cs).
//
// Supplement: a public (external) Standard load balancer in front of the same two web VMs, rule
// 80 -> 5000, with no NSG on the backends' subnet or NICs. Standard load balancers and Standard
// public IPs are secure by default: closed to inbound flows unless an NSG allows them, so no
// Internet client gets through.
// Expected: LBNSG005 on each backend NIC IP configuration.
//
// Style (as in the C#): inline subnets (client and web only: no lb subnet), Standard static public
// IP referenced by the frontend.
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

resource lbPublicIp 'Microsoft.Network/publicIPAddresses@2023-09-01' = {
  name: 'pip-lb-web'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
  }
}

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-web-public'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      // publicFrontend
      {
        name: 'publicFrontend'
        properties: {
          publicIPAddress: {
            id: lbPublicIp.id
          }
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
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-web-public', 'publicFrontend')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-web-public', 'web-pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-web-public', 'probe')
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
              id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-web-public', 'web-pool')
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
              id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-web-public', 'web-pool')
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
