using System.Collections.Generic;
using System.Linq;

namespace AzLbNsgAnalyzers.Tests.Cli;

/// <summary>
/// A realistic ARM template to vary per test: VNet 10.0.0.0/16 with subnets lb (10.0.1.0/24) and web
/// (10.0.2.0/24, NSG nsg-web), a Standard load balancer with frontend 10.0.1.10 (or a public IP), pool,
/// TCP probe on 8080 and rule 80 -> 8080, and two NICs 10.0.2.4/.5 in the pool.
/// </summary>
internal static class ArmLab
{
    /// <summary>The rules a correct backend NSG has: probes, the VNet's clients to the backend port, then deny the rest.</summary>
    public static readonly string[] CorrectRules =
    {
        Rule("allow-probe", 100, "Allow", "AzureLoadBalancer", "8080"),
        Rule("allow-clients", 110, "Allow", "10.0.0.0/16", "8080"),
        Rule("deny-all", 4096, "Deny", "*", "*", protocol: "*"),
    };

    public static string Rule(string name, int priority, string access, string source, string port, string protocol = "Tcp", string direction = "Inbound", string destination = "*") =>
        Rule(name, priority.ToString(System.Globalization.CultureInfo.InvariantCulture), access, "\"sourceAddressPrefix\": \"" + source + "\"", port, protocol, direction, destination);

    /// <summary>A rule with its priority and source written as raw JSON (an expression, a plural list...).</summary>
    public static string Rule(string name, string priorityJson, string access, string sourceJson, string port, string protocol = "Tcp", string direction = "Inbound", string destination = "*") => $$"""
        {
          "name": "{{name}}",
          "properties": {
            "priority": {{priorityJson}},
            "direction": "{{direction}}",
            "access": "{{access}}",
            "protocol": "{{protocol}}",
            {{sourceJson}},
            "sourcePortRange": "*",
            "destinationAddressPrefix": "{{destination}}",
            "destinationPortRange": "{{port}}"
          }
        }
        """;

    public static string Template(
        IEnumerable<string>? webRules = null,
        IEnumerable<string>? lbSubnetRules = null,
        bool webNsg = true,
        bool publicFrontend = false,
        string sku = "Standard",
        string parameters = "",
        string extraResources = "")
    {
        var rules = string.Join(",\n", webRules ?? CorrectRules);
        string lbNsgReference = lbSubnetRules is null ? string.Empty : """, "networkSecurityGroup": { "id": "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-lb')]" }""";
        string webNsgReference = webNsg ? """, "networkSecurityGroup": { "id": "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-web')]" }""" : string.Empty;
        string lbNsg = lbSubnetRules is null ? string.Empty : $$"""
            {
              "type": "Microsoft.Network/networkSecurityGroups",
              "apiVersion": "2023-09-01",
              "name": "nsg-lb",
              "location": "[parameters('location')]",
              "properties": { "securityRules": [ {{string.Join(",\n", lbSubnetRules)}} ] }
            },
            """;
        string webNsgResource = webNsg ? $$"""
            {
              "type": "Microsoft.Network/networkSecurityGroups",
              "apiVersion": "2023-09-01",
              "name": "nsg-web",
              "location": "[parameters('location')]",
              "properties": {
                "securityRules": [
            {{rules}}
                ]
              }
            },
            """ : string.Empty;
        string frontend = publicFrontend
            ? """{ "name": "fe", "properties": { "publicIPAddress": { "id": "[resourceId('Microsoft.Network/publicIPAddresses', 'pip')]" } } }"""
            : """{ "name": "fe", "properties": { "privateIPAllocationMethod": "Static", "privateIPAddress": "10.0.1.10", "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'lb')]" } } }""";
        string publicIp = publicFrontend ? $$"""
            {
              "type": "Microsoft.Network/publicIPAddresses",
              "apiVersion": "2023-09-01",
              "name": "pip",
              "location": "[parameters('location')]",
              "sku": { "name": "{{sku}}" },
              "properties": { "publicIPAllocationMethod": "Static" }
            },
            """ : string.Empty;
        return $$"""
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "parameters": {
                "location": { "type": "string", "defaultValue": "[resourceGroup().location]" }{{parameters}}
              },
              "resources": [
            {{webNsgResource}}
            {{lbNsg}}
            {{publicIp}}
            {{extraResources}}
                {
                  "type": "Microsoft.Network/virtualNetworks",
                  "apiVersion": "2023-09-01",
                  "name": "vnet",
                  "location": "[parameters('location')]",
                  "properties": {
                    "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] },
                    "subnets": [
                      { "name": "lb", "properties": { "addressPrefix": "10.0.1.0/24"{{lbNsgReference}} } },
                      { "name": "web", "properties": { "addressPrefix": "10.0.2.0/24"{{webNsgReference}} } }
                    ]
                  }
                },
                {
                  "type": "Microsoft.Network/loadBalancers",
                  "apiVersion": "2023-09-01",
                  "name": "lb",
                  "location": "[parameters('location')]",
                  "sku": { "name": "{{sku}}" },
                  "properties": {
                    "frontendIPConfigurations": [ {{frontend}} ],
                    "backendAddressPools": [ { "name": "pool" } ],
                    "probes": [ { "name": "probe", "properties": { "protocol": "Tcp", "port": 8080 } } ],
                    "loadBalancingRules": [
                      {
                        "name": "http",
                        "properties": {
                          "frontendIPConfiguration": { "id": "[resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb', 'fe')]" },
                          "backendAddressPool": { "id": "[resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb', 'pool')]" },
                          "probe": { "id": "[resourceId('Microsoft.Network/loadBalancers/probes', 'lb', 'probe')]" },
                          "protocol": "Tcp",
                          "frontendPort": 80,
                          "backendPort": 8080
                        }
                      }
                    ]
                  }
                },
            {{string.Join(",\n", new[] { 1, 2 }.Select(Nic))}}
              ]
            }
            """;
    }

    private static string Nic(int n) => $$"""
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "nic{{n}}",
              "location": "[parameters('location')]",
              "properties": {
                "ipConfigurations": [
                  {
                    "name": "ipconfig",
                    "properties": {
                      "privateIPAllocationMethod": "Static",
                      "privateIPAddress": "10.0.2.{{n + 3}}",
                      "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'web')]" },
                      "loadBalancerBackendAddressPools": [ { "id": "[resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb', 'pool')]" } ]
                    }
                  }
                ]
              }
            }
        """;
}
