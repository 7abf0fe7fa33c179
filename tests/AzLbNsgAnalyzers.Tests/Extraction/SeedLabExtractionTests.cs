using Xunit;

namespace AzLbNsgAnalyzers.Tests.Extraction;

public class SeedLabExtractionTests
{
    // What the lab (verification 3) is, independent of how the code is written. Display names come from Name.
    private const string ExpectedLab = """
        vnet vnet-lab spaces=[192.168.8.0/24]
          subnet client prefixes=[192.168.8.0/27] nsg=none
          subnet lb prefixes=[192.168.8.48/28] nsg=none
          subnet web prefixes=[192.168.8.64/26] nsg=nsg-web
        nsg nsg-web
          rule allow-client-5000 900 Inbound Allow Tcp src=192.168.8.4:* dst=*:5000
          rule allow-ssh 1000 Inbound Allow Tcp src=192.168.8.0/27:* dst=*:22
          rule allow-azure-lb 1024 Inbound Allow Any src=AzureLoadBalancer:* dst=*:*
          rule deny-all 2048 Inbound Deny Any src=*:* dst=*:*
        nic web-vm1 nsg=none
          ipconfig {vm1} subnet=web ip=none pools=[lb-internal/pool]
        nic web-vm2 nsg=none
          ipconfig {vm2} subnet=web ip=none pools=[lb-internal/pool]
        lb lb-internal sku=Standard
          frontend frontend public=False subnet=lb ip=192.168.8.52 publicip=none
          pool pool
          probe probe Http port=5000
          rule http Tcp 80->5000 frontend=frontend pools=[pool] probe=probe floating=False

        """;

    [Fact]
    public void Inline_style_extracts_the_lab() =>
        Assert.Equal(Expected("vm1Ip", "vm2Ip"), ExtractionHarness.Dump(SeedLabSources.InlineStyle, "Build"));

    [Fact]
    public void Parent_linked_style_extracts_the_same_lab() =>
        Assert.Equal(Expected("vm1Ip", "vm2Ip"), ExtractionHarness.Dump(SeedLabSources.ParentLinkedStyle, "Build"));

    [Fact]
    public void Helper_and_record_style_extracts_the_same_lab() =>
        Assert.Equal(Expected("vm1Ip", "vm2Ip"), ExtractionHarness.Dump(SeedLabSources.HelperStyle, "Build"));

    private static string Expected(string ip1, string ip2) =>
        ExpectedLab.Replace("{vm1}", ip1).Replace("{vm2}", ip2).Replace("\r\n", "\n");
}
