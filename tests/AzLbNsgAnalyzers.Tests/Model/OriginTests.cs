using System.Collections.Immutable;
using System.Linq;
using AzLbNsgAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Model;

public class OriginTests
{
    [Fact]
    public void A_lazy_origin_locates_its_syntax_once_and_reports_at_the_outermost_call()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void M() { var x = new object(); Helper(); } void Helper() { } }");
        var creation = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax>().Single();
        var call = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>().Single();
        int located = 0;
        var origin = new Origin(creation, node => { located++; return node.GetLocation(); }, ImmutableArray<Location>.Empty);
        Assert.Equal(0, located);
        Assert.Equal(creation.Span, origin.Location.SourceSpan);
        Assert.Equal(creation.Span, origin.ReportLocation.SourceSpan);
        Assert.Null(origin.HelperLocation);
        Assert.Equal(1, located);

        var viaHelper = new Origin(creation, node => node.GetLocation(), ImmutableArray.Create(call.GetLocation()));
        Assert.Equal(call.Span, viaHelper.ReportLocation.SourceSpan);
        Assert.Equal(creation.Span, viaHelper.HelperLocation!.SourceSpan);
    }
}
