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
        var interpreter = new Interpreter(types, sourceOperations, cancellationToken);
        if (!interpreter.Run(body))
        {
            return null;
        }

        bool any = false;
        foreach (var obj in interpreter.Heap)
        {
            if (obj.Kind == HeapObjectKind.Provisionable || obj.AspireRole is not (AspireRole.None or AspireRole.RuleSpec))
            {
                any = true;
                break;
            }
        }

        return any || interpreter.Faults.Count > 0 ? ModelBuilder.Build(interpreter.Heap, interpreter.Faults) : null;
    }
}
