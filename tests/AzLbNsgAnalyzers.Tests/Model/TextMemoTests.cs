using System.Collections.Generic;
using AzLbNsgAnalyzers.Model;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Model;

public class TextMemoTests
{
    private sealed class Parsed
    {
        public Parsed(string text)
        {
            Text = text;
        }

        public string Text { get; }
    }

    [Fact]
    public void A_text_is_parsed_once_while_the_memo_has_room()
    {
        var parses = new List<string>();
        var memo = new TextMemo<Parsed>(text => { parses.Add(text); return new Parsed(text); }, capacity: 4);
        var first = memo.Get("10.0.0.0/24");
        Assert.Same(first, memo.Get("10.0.0.0/24"));
        Assert.Equal("10.0.0.0/24", memo.Get("10.0.0.0/24").Text);
        Assert.Equal(new[] { "10.0.0.0/24" }, parses);
        Assert.Equal(1, memo.Count);
    }

    [Fact]
    public void A_full_memo_starts_over_and_keeps_the_texts_met_now()
    {
        var parses = new List<string>();
        var memo = new TextMemo<Parsed>(text => { parses.Add(text); return new Parsed(text); }, capacity: 2);
        memo.Get("a");
        memo.Get("b");
        Assert.Equal(2, memo.Count);

        // The third text finds the memo full: it starts over with that text alone, and it is read from the memo afterwards.
        var c = memo.Get("c");
        Assert.Equal(1, memo.Count);
        Assert.Same(c, memo.Get("c"));
        memo.Get("a");
        Assert.Equal(new[] { "a", "b", "c", "a" }, parses);
        Assert.Equal(2, memo.Count);
    }
}
