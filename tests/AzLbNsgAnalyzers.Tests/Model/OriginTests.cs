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
        var origin = new SyntaxOrigin(creation, node => { located++; return node.GetLocation(); }, ImmutableArray<SourcePlace>.Empty);
        Assert.Equal(0, located);
        Assert.Equal(creation.Span, origin.Location.SourceSpan);
        Assert.Equal(creation.Span, origin.ReportLocation.SourceSpan);
        Assert.Null(origin.HelperLocation);
        Assert.Equal(1, located);

        var viaHelper = new SyntaxOrigin(creation, node => node.GetLocation(), ImmutableArray.Create<SourcePlace>(new LocationPlace(call.GetLocation())));
        Assert.Equal(call.Span, viaHelper.ReportLocation.SourceSpan);
        Assert.Equal(creation.Span, viaHelper.HelperLocation!.SourceSpan);
    }

    [Fact]
    public void Places_of_two_unnamed_trees_differ_even_at_the_same_span()
    {
        var first = CSharpSyntaxTree.ParseText("class C { }");
        var second = CSharpSyntaxTree.ParseText("class C { }");
        var a = new LocationPlace(first.GetRoot().GetLocation());
        var b = new LocationPlace(second.GetRoot().GetLocation());
        Assert.Equal(a.Path, b.Path);
        Assert.NotEqual<SourcePlace>(a, b);
        Assert.Equal<SourcePlace>(a, new LocationPlace(first.GetRoot().GetLocation()));
    }

    [Fact]
    public void A_text_place_compares_by_path_and_span_and_has_no_roslyn_location()
    {
        var place = new TextPlace("lab.bicep", 120, 30, 7, 1);
        Assert.Equal<SourcePlace>(place, new TextPlace("lab.bicep", 120, 30, 7, 1));
        Assert.NotEqual<SourcePlace>(place, new TextPlace("lab.json", 120, 30, 7, 1));
        var origin = new Origin(place);
        Assert.Same(place, origin.ReportPlace);
        Assert.Null(origin.HelperPlace);
        Assert.Equal(Location.None, origin.Location);
    }
}
