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
        var origin = new SyntaxOrigin(creation, OriginSpan.Creation, ImmutableArray<SourcePlace>.Empty);
        var place = origin.Place;
        Assert.Same(place, origin.Place);
        Assert.Equal(creation.Span, origin.Location.SourceSpan);
        Assert.Equal(creation.Span, origin.ReportLocation.SourceSpan);
        Assert.Null(origin.HelperLocation);

        var viaHelper = new SyntaxOrigin(creation, OriginSpan.Creation, ImmutableArray.Create<SourcePlace>(new LocationPlace(call.GetLocation())));
        Assert.Equal(call.Span, viaHelper.ReportLocation.SourceSpan);
        Assert.Equal(creation.Span, viaHelper.HelperLocation!.SourceSpan);
    }

    // The span kind and IsAspire share one byte of the origin: each reads back whatever the other holds.
    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void A_lazy_origin_underlines_its_span_kind_and_keeps_its_front_end(bool aspireCallSpan, bool isAspire)
    {
        var span = aspireCallSpan ? OriginSpan.AspireCall : OriginSpan.Creation;
        var tree = CSharpSyntaxTree.ParseText("class C { void M() { var rule = new Rule(\"r\") { Name = \"r\" }; nsg.WithSecurityRule(rule); } }");
        var creation = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax>().Single();
        var call = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>().Single();
        var syntax = span == OriginSpan.Creation ? (SyntaxNode)creation : call;
        var origin = new SyntaxOrigin(syntax, span, ImmutableArray<SourcePlace>.Empty, isAspire);
        Assert.Equal(span, origin.Span);
        Assert.Equal(isAspire, origin.IsAspire);

        // A creation is underlined up to its arguments, not its initializer; an Aspire call from its method name.
        string underlined = tree.GetText().ToString(origin.Location.SourceSpan);
        Assert.Equal(span == OriginSpan.Creation ? "new Rule(\"r\")" : "WithSecurityRule(rule)", underlined);
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
