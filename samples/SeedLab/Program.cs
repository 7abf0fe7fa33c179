using System;

namespace SeedLab;

/// <summary>
/// Entry point of the SeedLab sample. The scenarios in <see cref="SeedLabScenarios"/> only build
/// Azure.Provisioning object graphs; by default they compile against a compile-only facade whose
/// members throw, so they are not executed here. Build the project to see the analyzer's findings.
/// </summary>
public static class Program
{
    public static int Main()
    {
        Console.WriteLine("This sample is built, not run: build output shows the analyzer's findings.");
        Console.WriteLine("  dotnet build samples/SeedLab --no-incremental");
        Console.WriteLine("Scenarios (see samples/README.md for the expected diagnostics):");
        Console.WriteLine("  Verification1_NoNsg                          -> nothing");
        Console.WriteLine("  Verification1_5_DenyAllBlocksProbes          -> LBNSG003");
        Console.WriteLine("  Verification2_OnlyAzureLoadBalancerAllowed   -> LBNSG004");
        Console.WriteLine("  Verification3_ClientAllowedToBackendPort     -> nothing");
        Console.WriteLine("  Verification4_FrontendSubnetNsgIsBypassed    -> LBNSG001");
        Console.WriteLine("  Supplement_PublicLoadBalancerWithoutNsg      -> LBNSG005 (per backend)");
        return 0;
    }
}
