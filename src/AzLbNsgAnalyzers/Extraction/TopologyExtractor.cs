using System.Threading;
using AzLbNsgAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers.Extraction;

/// <summary>Entry point of extraction: a method body in, the network it builds out.</summary>
internal static class TopologyExtractor
{
    /// <summary>
    /// Interprets <paramref name="body"/> (with its lambdas, local functions and the helpers it calls)
    /// and builds the topology. Null when the body creates no Azure.Provisioning object or Aspire network resource, or the
    /// interpreter's budget ran out (nothing is then reported: better silent than wrong).
    /// </summary>
    public static Topology? Extract(IOperation body, AzureTypes types, SourceOperations sourceOperations, CancellationToken cancellationToken)
    {
        var interpreter = Interpreter.Rent(types, sourceOperations, cancellationToken);
        try
        {
            if (!interpreter.Run(body))
            {
                return null;
            }

            return BuildsNetwork(interpreter) ? interpreter.ModelBuilder.BuildTopology(interpreter.Heap, interpreter.Faults) : null;
        }
        finally
        {
            interpreter.Return();
        }
    }

    /// <summary>True when the interpreted body made an Azure.Provisioning object, an Aspire network resource or an AppHost fault.</summary>
    private static bool BuildsNetwork(Interpreter interpreter)
    {
        foreach (var obj in interpreter.Heap)
        {
            if (obj.Kind == HeapObjectKind.Provisionable || obj.AspireRole is not (AspireRole.None or AspireRole.RuleSpec))
            {
                return true;
            }
        }

        return interpreter.Faults.Count > 0;
    }
}
