using System.Collections.Generic;
using System.IO;
using System.Linq;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Facade;

/// <summary>
/// Acceptance tests for the compile-only Aspire.Hosting.Azure.Network facade (listing at microsoft/aspire 1cf1eaa) on
/// the real Aspire.Hosting 13.6.5: the package's README, doc-comment and playground examples compile unchanged, as
/// top-level statements (an AppHost's AppHost.cs) and inside a method, and code the real listing rejects is rejected
/// with the compiler error the compiler reports for it.
/// </summary>
public class AspireFacadeCompilationTests
{
    // What an AppHost project's implicit usings give every file (the Aspire AppHost SDK adds the two Aspire namespaces).
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        global using global::Aspire.Hosting;
        global using global::Aspire.Hosting.ApplicationModel;

        """;

    private const string Usings = """
        using Aspire.Hosting.Azure;
        using Azure.Provisioning;
        using Azure.Provisioning.Network;

        """;

    private static string TopLevel(string statements) => ImplicitUsings + Usings + statements;

    private static string InMethod(string body) => ImplicitUsings + Usings + $$"""
        public static class AppHost
        {
            public static void Main(string[] args)
            {
        {{body}}
            }
        }
        """;

    private static List<Diagnostic> Errors(string source, bool topLevel) =>
        TestReferences.CompileAspire(source, topLevel).GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();

    private static void AssertCompiles(string source, bool topLevel)
    {
        var errors = Errors(source, topLevel);
        Assert.True(errors.Count == 0, "Unexpected errors:\n" + string.Join("\n", errors));
    }

    private static void AssertCompilesBothWays(string statements)
    {
        AssertCompiles(TopLevel(statements), topLevel: true);
        AssertCompiles(InMethod(statements), topLevel: false);
    }

    // The networking statements of the AppHost of Aspire's AzureVirtualNetworkEndToEnd playground, with its usings and
    // pragma (its comments are left out, and so are the lines that need packages this feed lacks:
    // Aspire.Hosting.Azure.AppContainers, .Storage, the project reference).
    private const string Playground = """
        #pragma warning disable AZPROVISION001

        using Aspire.Hosting.Azure;
        using Azure.Provisioning.Network;

        var builder = DistributedApplication.CreateBuilder(args);

        var vnet = builder.AddAzureVirtualNetwork("vnet");

        var containerAppsSubnet = vnet.AddSubnet("container-apps", "10.0.0.0/23")
            .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)
            .DenyInbound(from: AzureServiceTags.VirtualNetwork)
            .DenyInbound(from: AzureServiceTags.Internet);

        var natGateway = builder.AddNatGateway("nat");
        containerAppsSubnet.WithNatGateway(natGateway);

        var privateEndpointsSubnet = vnet.AddSubnet("private-endpoints", "10.0.2.0/27")
            .AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .DenyInbound(from: AzureServiceTags.Internet);

        builder.Build().Run();
        """;

    [Fact]
    public void Playground_compiles_as_top_level_statements() =>
        AssertCompiles(ImplicitUsings + Playground, topLevel: true);

    [Fact]
    public void Playground_pattern_compiles_in_a_method() => AssertCompiles(InMethod("""
        var builder = DistributedApplication.CreateBuilder(args);
        var vnet = builder.AddAzureVirtualNetwork("vnet");
        var apps = vnet.AddSubnet("container-apps", "10.0.0.0/23")
            .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)
            .DenyInbound(from: AzureServiceTags.VirtualNetwork)
            .DenyInbound(from: AzureServiceTags.Internet);
        apps.WithNatGateway(builder.AddNatGateway("nat"));
        builder.Build().Run();
        """), topLevel: false);

    [Fact]
    public void Readme_vnet_subnet_and_nat_gateway_examples_compile() => AssertCompilesBothWays("""
        var builder = DistributedApplication.CreateBuilder(args);
        var vnet = builder.AddAzureVirtualNetwork("vnet");
        var vnet2 = builder.AddAzureVirtualNetwork("vnet2", "10.1.0.0/16");
        var subnet = vnet.AddSubnet("subnet", "10.0.1.0/24");

        var natGateway = builder.AddNatGateway("nat");
        var acaSubnet = vnet.AddSubnet("aca-subnet", "10.0.0.0/23")
            .WithNatGateway(natGateway);

        var pip = builder.AddPublicIPAddress("nat-pip");
        var natGateway2 = builder.AddNatGateway("nat2")
            .WithPublicIPAddress(pip);
        """);

    [Fact]
    public void Readme_shorthand_and_explicit_nsg_examples_compile() => AssertCompilesBothWays("""
        var builder = DistributedApplication.CreateBuilder(args);
        var vnet = builder.AddAzureVirtualNetwork("vnet");
        var web = vnet.AddSubnet("web", "10.0.1.0/24")
            .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)
            .DenyInbound(from: AzureServiceTags.Internet);

        var nsg = builder.AddNetworkSecurityGroup("web-nsg")
            .WithSecurityRule(new AzureSecurityRule
            {
                Name = "allow-https",
                Priority = 100,
                Direction = SecurityRuleDirection.Inbound,
                Access = SecurityRuleAccess.Allow,
                Protocol = SecurityRuleProtocol.Tcp,
                DestinationPortRange = "443"
            })
            .WithSecurityRule(new AzureSecurityRule
            {
                Name = "deny-all-inbound",
                Priority = 4096,
                Direction = SecurityRuleDirection.Inbound,
                Access = SecurityRuleAccess.Deny,
                Protocol = SecurityRuleProtocol.Asterisk,
                DestinationPortRange = "*"
            });

        var subnet = vnet.AddSubnet("web-subnet", "10.0.1.0/24")
            .WithNetworkSecurityGroup(nsg);
        var second = vnet.AddSubnet("web-subnet-2", "10.0.2.0/24", subnetName: "web2")
            .WithNetworkSecurityGroup(nsg);
        """);

    [Fact]
    public void Every_shorthand_parameter_by_name_and_by_position_compiles() => AssertCompilesBothWays("""
        var builder = DistributedApplication.CreateBuilder(args);
        var subnet = builder.AddAzureVirtualNetwork("vnet").AddSubnet("s", "10.0.0.0/24");
        subnet.AllowInbound(port: "80-443", from: "10.0.0.0/8", to: "10.0.0.4", protocol: SecurityRuleProtocol.Tcp, priority: 300, name: "allow-web")
            .AllowOutbound("443", null, AzureServiceTags.Storage, SecurityRuleProtocol.Tcp, 400, "to-storage")
            .DenyOutbound(to: AzureServiceTags.Internet)
            .DenyInbound();
        const string tag = AzureServiceTags.AzureLoadBalancer;
        int? priority = null;
        SecurityRuleProtocol? protocol = null;
        subnet.AllowInbound(from: tag, priority: priority, protocol: protocol);
        """);

    [Fact]
    public void Parameter_address_prefixes_compile() => AssertCompilesBothWays("""
        var builder = DistributedApplication.CreateBuilder(args);
        var vnetPrefix = builder.AddParameter("vnetPrefix");
        var vnet = builder.AddAzureVirtualNetwork("vnet", vnetPrefix);
        var subnetPrefix = builder.AddParameter("subnetPrefix");
        var subnet = vnet.AddSubnet("my-subnet", subnetPrefix);
        var named = vnet.AddSubnet("other", builder.AddParameter("otherPrefix"), "other-subnet");
        string? literal = vnet.Resource.AddressPrefix;
        ParameterResource? parameter = subnet.Resource.AddressPrefixParameter;
        string azureName = named.Resource.SubnetName;
        AzureVirtualNetworkResource parent = subnet.Resource.Parent;
        """);

    [Fact]
    public void Security_rule_with_every_member_and_a_reference_prefix_compiles() => AssertCompilesBothWays("""
        var builder = DistributedApplication.CreateBuilder(args);
        var pip = builder.AddPublicIPAddress("gateway-ip");
        var rule = new AzureSecurityRule
        {
            Name = "allow-gateway",
            Description = "the gateway's public address",
            Priority = 200,
            Direction = SecurityRuleDirection.Inbound,
            Access = SecurityRuleAccess.Allow,
            Protocol = SecurityRuleProtocol.Tcp,
            SourceAddressPrefix = "*",
            SourceAddressPrefixReference = ReferenceExpression.Create($"{pip.Resource.IpAddress}"),
            SourcePortRange = "*",
            DestinationAddressPrefix = "10.0.1.0/24",
            DestinationAddressPrefixReference = null,
            DestinationPortRange = "8080",
        };
        rule.Priority = 210;
        rule.SourcePortRange = "1024-65535";
        builder.AddNetworkSecurityGroup("nsg").WithSecurityRule(rule);
        """);

    [Fact]
    public void ConfigureInfrastructure_on_an_nsg_adding_a_provisioning_security_rule_compiles() => AssertCompilesBothWays("""
        var builder = DistributedApplication.CreateBuilder(args);
        var nsg = builder.AddNetworkSecurityGroup("web-nsg");
        nsg.ConfigureInfrastructure(infra =>
        {
            var group = infra.GetProvisionableResources().OfType<NetworkSecurityGroup>().Single();
            infra.Add(new SecurityRule("allowProbes")
            {
                Parent = group,
                Name = "allow-probes",
                Priority = 150,
                Direction = SecurityRuleDirection.Inbound,
                Access = SecurityRuleAccess.Allow,
                Protocol = SecurityRuleProtocol.Tcp,
                SourceAddressPrefix = AzureServiceTags.AzureLoadBalancer,
                SourcePortRange = "*",
                DestinationAddressPrefix = "*",
                DestinationPortRange = "8080",
            });
            AzureProvisioningResource owner = infra.AspireResource;
        });
        builder.AddAzureVirtualNetwork("vnet").ConfigureInfrastructure(infra =>
        {
            var network = infra.GetProvisionableResources().OfType<VirtualNetwork>().Single();
            network.Tags.Add("tier", "web");
        });
        """);

    [Fact]
    public void Output_references_and_delegation_and_perimeter_examples_compile() => AssertCompilesBothWays("""
        var builder = DistributedApplication.CreateBuilder(args);
        var vnet = builder.AddAzureVirtualNetwork("vnet");
        var subnet = vnet.AddSubnet("aca-subnet", "10.0.0.0/23")
            .WithServiceDelegation("Microsoft.App/environments");
        var aci = vnet.AddSubnet("aci-subnet", "10.0.2.0/23")
            .WithContainerInstanceDelegation();
        var named = vnet.AddSubnet("named", "10.0.4.0/24").WithServiceDelegation("Microsoft.Web/serverFarms", name: "web");
        BicepOutputReference id = subnet.Resource.Id;
        BicepOutputReference vnetName = vnet.Resource.NameOutputReference;
        vnet.ConfigureInfrastructure(infra => { ProvisioningParameter p = id.AsProvisioningParameter(infra); });

        var nsp = builder.AddNetworkSecurityPerimeter("my-nsp")
            .WithAccessRule(new AzureNspAccessRule
            {
                Name = "allow-my-ip",
                Direction = NetworkSecurityPerimeterAccessRuleDirection.Inbound,
                AddressPrefixes = { "203.0.113.0/24" }
            })
            .WithAccessRule(new AzureNspAccessRule
            {
                Name = "allow-outbound-fqdn",
                Direction = NetworkSecurityPerimeterAccessRuleDirection.Outbound,
                FullyQualifiedDomainNames = { "*.blob.core.windows.net" }
            });
        var mode = NetworkSecurityPerimeterAssociationAccessMode.Learning;
        """);

    // Not networking: the Aspire.Hosting members AppHost code commonly touches, whose signatures name the
    // Microsoft.Extensions assemblies TestReferences.Net100WithAspire adds (configuration, environment, file providers,
    // change tokens, services, options, logging, IHost): each of them is needed by one line here.
    [Fact]
    public void Typical_app_host_code_around_the_network_compiles() => AssertCompiles(TopLevel("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.FileProviders;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Primitives;

        var builder = DistributedApplication.CreateBuilder(args);
        string? location = builder.Configuration["Azure:Location"];
        IConfigurationSection section = builder.Configuration.GetSection("Network");
        IConfiguration configuration = builder.Configuration;
        IChangeToken reload = configuration.GetReloadToken();
        bool development = builder.Environment.IsDevelopment();
        string root = builder.Environment.ContentRootPath;
        IFileProvider files = builder.Environment.ContentRootFileProvider;
        bool publishing = builder.ExecutionContext.IsPublishMode;
        builder.Services.AddSingleton(new object());
        builder.Services.AddOptions();
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));

        var prefix = builder.AddParameter("vnet-prefix");
        var secret = builder.AddParameter("admin-password", secret: true);
        var db = builder.AddConnectionString("db");
        var vnet = builder.AddAzureVirtualNetwork("vnet", prefix);
        var web = vnet.AddSubnet("web", "10.0.1.0/24").AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp);
        var cache = builder.AddContainer("cache", "redis").WithEndpoint(targetPort: 6379, name: "tcp").WithReference(db).WithEnvironment("PASSWORD", secret);

        await using var app = builder.Build();
        IHost host = app;
        ILogger logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("apphost");
        await app.RunAsync();
        """), topLevel: true);

    // WithDelegatedSubnet's target interface is experimental in Aspire.Hosting.Azure (ASPIREAZURE003), as in the facade:
    // implementing it needs the suppression, calling WithDelegatedSubnet on such a resource does not.
    private const string DelegatedResource = """

        #pragma warning disable ASPIREAZURE003
        public sealed class ContainerEnvironment(string name) : Resource(name), IAzureDelegatedSubnetResource
        {
            public string DelegatedSubnetServiceName => "Microsoft.App/environments";
        }
        #pragma warning restore ASPIREAZURE003
        """;

    [Fact]
    public void WithDelegatedSubnet_compiles_for_a_delegated_subnet_resource() => AssertCompiles(TopLevel("""
        var builder = DistributedApplication.CreateBuilder(args);
        var subnet = builder.AddAzureVirtualNetwork("vnet").AddSubnet("aca-subnet", "10.0.0.0/23");
        builder.AddResource(new ContainerEnvironment("env")).WithDelegatedSubnet(subnet);
        """ + DelegatedResource), topLevel: true);

    [Fact]
    public void Implementing_the_experimental_delegation_interface_needs_the_suppression()
    {
        var errors = Errors(ImplicitUsings + Usings + DelegatedResource.Replace("#pragma warning disable ASPIREAZURE003", ""), topLevel: false);
        Assert.Equal(new[] { "ASPIREAZURE003" }, errors.Select(d => d.Id).Distinct());
    }

    // samples/AspireAppHost compiles against the same references (what the analyzer reports on it is pinned by
    // Aspire/AspireAppHostSampleTests).
    [Fact]
    public void AspireAppHost_sample_compiles()
    {
        string folder = Path.Combine(AnalyzerRunner.RepositoryRoot(), "samples", "AspireAppHost");
        var files = Directory.GetFiles(folder, "*.cs").OrderBy(f => f).ToList();
        Assert.Equal(new[] { "AppHost.cs", "CorrectWebTier.cs", "PriorityOverflow.cs", "ShadowedRule.cs" }, files.Select(Path.GetFileName));
        var compilation = TestReferences.CompileAspire(File.ReadAllText(Path.Combine(folder, "AppHost.cs")), topLevel: true)
            .AddSyntaxTrees(files.Where(f => Path.GetFileName(f) != "AppHost.cs")
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), f)));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Unexpected errors:\n" + string.Join("\n", errors));
    }

    public static IEnumerable<object[]> RejectedSnippets() => new[]
    {
        // A misspelt parameter name of a shorthand method.
        new object[] { "CS1739", """builder.AddAzureVirtualNetwork("vnet").AddSubnet("s", "10.0.0.0/24").AllowInbound(ports: "443");""" },
        // WithSecurityRule extends the NSG builder, not the subnet builder.
        new object[] { "CS1929", """builder.AddAzureVirtualNetwork("vnet").AddSubnet("s", "10.0.0.0/24").WithSecurityRule(new AzureSecurityRule { Name = "r", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, DestinationPortRange = "443" });""" },
        // AddNetworkSecurityGroup extends IDistributedApplicationBuilder (an example in the package's README calls it on the VNet builder: it does not compile against this listing).
        new object[] { "CS1929", """builder.AddAzureVirtualNetwork("vnet").AddNetworkSecurityGroup("web-nsg");""" },
        // A required member left out of the initializer (DestinationPortRange).
        new object[] { "CS9035", """var r = new AzureSecurityRule { Name = "r", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp };""" },
        // Priority is an int, the port a string.
        new object[] { "CS1503", """builder.AddAzureVirtualNetwork("vnet").AddSubnet("s", "10.0.0.0/24").AllowInbound(priority: "100");""" },
        new object[] { "CS1503", """builder.AddAzureVirtualNetwork("vnet").AddSubnet("s", "10.0.0.0/24").AllowInbound(port: 443);""" },
        // The subnet's address prefix is required.
        new object[] { "CS1501", """builder.AddAzureVirtualNetwork("vnet").AddSubnet("s");""" },
        // AzureNspAccessRule's lists are init-only.
        new object[] { "CS8852", """var a = new AzureNspAccessRule { Name = "a", Direction = NetworkSecurityPerimeterAccessRuleDirection.Inbound }; a.AddressPrefixes = new List<string>();""" },
        // The resources expose no rule list and no NSG link.
        new object[] { "CS1061", """var n = builder.AddNetworkSecurityGroup("n"); _ = n.Resource.SecurityRules;""" },
        new object[] { "CS1061", """var s = builder.AddAzureVirtualNetwork("vnet").AddSubnet("s", "10.0.0.0/24"); _ = s.Resource.NetworkSecurityGroup;""" },
        // AzureResourceInfrastructure has no public constructor.
        new object[] { "CS1729", """var i = new AzureResourceInfrastructure();""" },
    };

    [Theory]
    [MemberData(nameof(RejectedSnippets))]
    public void Code_rejected_by_the_real_listing_is_rejected(string expectedId, string statement)
    {
        foreach (bool topLevel in new[] { true, false })
        {
            string body = "var builder = DistributedApplication.CreateBuilder(args);\n" + statement;
            var errors = Errors(topLevel ? TopLevel(body) : InMethod(body), topLevel);
            Assert.True(errors.Count > 0, $"Expected {expectedId}, but the snippet compiled: {statement}");
            Assert.True(errors.All(d => d.Id == expectedId),
                $"Expected only {expectedId} for: {statement}\nGot:\n" + string.Join("\n", errors));
        }
    }

    [Fact]
    public void Top_level_statements_need_the_console_application_output_kind()
    {
        var errors = Errors(TopLevel("var builder = DistributedApplication.CreateBuilder(args);"), topLevel: false);
        Assert.Contains(errors, d => d.Id == "CS8805");
    }
}
