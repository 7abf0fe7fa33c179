using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace AzLbNsgAnalyzers.Model;

/// <summary>
/// A readable, order-independent text form of a topology (no source locations), so that the same
/// network written in different code styles can be compared in tests and inspected by people.
/// </summary>
public static class TopologyDump
{
    public static string Write(Topology topology)
    {
        var text = new StringBuilder();
        foreach (var vnet in topology.VirtualNetworks.OrderBy(v => v.DisplayName))
        {
            text.Append("vnet ").Append(vnet.DisplayName).Append(Open(vnet)).Append(" spaces=").Append(List(vnet.AddressSpaces)).AppendLine();
            foreach (var subnet in vnet.Subnets.OrderBy(s => s.DisplayName))
            {
                text.Append("  subnet ").Append(subnet.DisplayName).Append(Open(subnet)).Append(" prefixes=").Append(List(subnet.AddressPrefixes))
                    .Append(" nsg=").Append(Name(subnet.NetworkSecurityGroup)).AppendLine();
            }
        }

        foreach (var subnet in topology.Subnets.Where(s => !(s.VirtualNetwork.IsKnown && s.VirtualNetwork.Value is not null)).OrderBy(s => s.DisplayName))
        {
            text.Append("subnet ").Append(subnet.DisplayName).Append(" (vnet ").Append(Name(subnet.VirtualNetwork)).Append(") prefixes=")
                .Append(List(subnet.AddressPrefixes)).Append(" nsg=").Append(Name(subnet.NetworkSecurityGroup)).AppendLine();
        }

        foreach (var nsg in topology.NetworkSecurityGroups.OrderBy(n => n.DisplayName))
        {
            text.Append("nsg ").Append(nsg.DisplayName).Append(Open(nsg)).Append(nsg.RulesComplete ? string.Empty : " (rules incomplete)").AppendLine();
            foreach (var rule in nsg.Rules.OrderBy(r => r.Direction.ToString()).ThenBy(r => r.Priority.IsKnown ? r.Priority.Value : int.MaxValue).ThenBy(r => r.DisplayName))
            {
                text.Append("  rule ").Append(rule.DisplayName).Append(' ').Append(rule.Priority).Append(' ').Append(rule.Direction).Append(' ').Append(rule.Access)
                    .Append(' ').Append(rule.Protocol).Append(" src=").Append(Address(rule.Source)).Append(':').Append(Ports(rule.SourcePorts))
                    .Append(" dst=").Append(Address(rule.Destination)).Append(':').Append(Ports(rule.DestinationPorts)).AppendLine();
            }
        }

        foreach (var nic in topology.NetworkInterfaces.OrderBy(n => n.DisplayName))
        {
            text.Append("nic ").Append(nic.DisplayName).Append(Open(nic)).Append(" nsg=").Append(Name(nic.NetworkSecurityGroup)).AppendLine();
            foreach (var ip in nic.IpConfigurations.OrderBy(i => i.DisplayName))
            {
                text.Append("  ipconfig ").Append(ip.DisplayName).Append(" subnet=").Append(Name(ip.Subnet)).Append(" ip=").Append(Value(ip.PrivateIpAddress))
                    .Append(" pools=[").Append(string.Join(", ", ip.BackendPools.Select(p => p.IsKnown ? Qualified(p.Value) : "?").OrderBy(p => p))).Append(']').AppendLine();
            }
        }

        foreach (var pip in topology.PublicIps.OrderBy(p => p.DisplayName))
        {
            text.Append("publicip ").Append(pip.DisplayName).Append(" sku=").Append(Value(pip.Sku)).AppendLine();
        }

        foreach (var lb in topology.LoadBalancers.OrderBy(l => l.DisplayName))
        {
            text.Append("lb ").Append(lb.DisplayName).Append(Open(lb)).Append(" sku=").Append(Value(lb.Sku)).AppendLine();
            foreach (var frontend in lb.Frontends.OrderBy(f => f.DisplayName))
            {
                text.Append("  frontend ").Append(frontend.DisplayName).Append(" public=").Append(frontend.IsPublic).Append(" subnet=").Append(Name(frontend.Subnet))
                    .Append(" ip=").Append(Value(frontend.PrivateIpAddress)).Append(" publicip=").Append(Name(frontend.PublicIp)).AppendLine();
            }

            foreach (var pool in lb.BackendPools.OrderBy(p => p.DisplayName))
            {
                text.Append("  pool ").Append(pool.DisplayName).Append(Open(pool));
                foreach (var address in pool.Addresses.OrderBy(a => a.IpAddress.ToString()))
                {
                    text.Append(" member=").Append(Value(address.IpAddress));
                }

                text.AppendLine();
            }

            foreach (var probe in lb.Probes.OrderBy(p => p.DisplayName))
            {
                text.Append("  probe ").Append(probe.DisplayName).Append(' ').Append(probe.Protocol).Append(" port=").Append(probe.Port).AppendLine();
            }

            foreach (var rule in lb.Rules.OrderBy(r => r.DisplayName))
            {
                text.Append("  rule ").Append(rule.DisplayName).Append(' ').Append(rule.Protocol).Append(' ').Append(rule.FrontendPort).Append("->").Append(rule.BackendPort)
                    .Append(" frontend=").Append(Name(rule.Frontend)).Append(" pools=[").Append(string.Join(", ", rule.BackendPools.Select(p => p.IsKnown ? p.Value.DisplayName : "?")))
                    .Append("] probe=").Append(Name(rule.Probe)).Append(" floating=").Append(rule.EnableFloatingIp).AppendLine();
            }

            foreach (var nat in lb.InboundNatRules.OrderBy(r => r.DisplayName))
            {
                text.Append("  natrule ").Append(nat.DisplayName).Append(' ').Append(nat.FrontendPort).Append("->").Append(nat.BackendPort).AppendLine();
            }
        }

        return text.ToString();
    }

    private static string Open(ResourceModel model) => model.IsOpen ? " (open)" : string.Empty;

    private static string Qualified(BackendPoolModel pool) => (pool.LoadBalancer?.DisplayName ?? "?") + "/" + pool.DisplayName;

    private static string Name<T>(Known<T?> value)
        where T : ResourceModel =>
        !value.IsKnown ? "?" : value.Value?.DisplayName ?? "none";

    private static string Value<T>(Known<T> value) => !value.IsKnown ? "?" : value.Value?.ToString() ?? "none";

    private static string List(Known<ImmutableArray<string>> value) => !value.IsKnown ? "?" : "[" + string.Join(", ", value.Value) + "]";

    private static string Address(AddressField field)
    {
        var parts = new List<string>();
        if (!field.Singular.IsKnown || field.Singular.Value is not null)
        {
            parts.Add(Value(field.Singular));
        }

        if (!field.Plural.IsKnown || field.Plural.Value.Length > 0)
        {
            parts.Add(List(field.Plural));
        }

        if (field.HasApplicationSecurityGroups)
        {
            parts.Add("asg");
        }

        return parts.Count == 0 ? "unset" : string.Join("+", parts);
    }

    private static string Ports(PortField field)
    {
        var parts = new List<string>();
        if (!field.Singular.IsKnown || field.Singular.Value is not null)
        {
            parts.Add(Value(field.Singular));
        }

        if (!field.Plural.IsKnown || field.Plural.Value.Length > 0)
        {
            parts.Add(List(field.Plural));
        }

        return parts.Count == 0 ? "unset" : string.Join("+", parts);
    }
}
