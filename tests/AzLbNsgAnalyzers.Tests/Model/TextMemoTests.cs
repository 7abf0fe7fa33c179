using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
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
    public void A_text_is_parsed_once_while_its_slot_holds_it()
    {
        var parses = new List<string>();
        var memo = new TextMemo<Parsed>(text => { parses.Add(text); return new Parsed(text); }, capacity: 4);
        var first = memo.Get("10.0.0.0/24");
        Assert.Same(first, memo.Get("10.0.0.0/24"));

        // Another instance of the same text finds it too (literals of different files are different strings).
        Assert.Same(first, memo.Get(new string("10.0.0.0/24".ToCharArray())));
        Assert.Equal(new[] { "10.0.0.0/24" }, parses);
        Assert.Equal(1, memo.Count);
    }

    [Fact]
    public void A_text_of_the_same_slot_replaces_the_one_held_and_the_memo_never_holds_more_than_its_slots()
    {
        var parses = new List<string>();
        var memo = new TextMemo<Parsed>(text => { parses.Add(text); return new Parsed(text); }, capacity: 2);

        // String hashes are randomised per process: find a text that shares "a"'s slot of two.
        int slotOfA = StringComparer.Ordinal.GetHashCode("a") & 1;
        string rival = Enumerable.Range(0, 64).Select(i => "b" + i.ToString(CultureInfo.InvariantCulture)).First(t => (StringComparer.Ordinal.GetHashCode(t) & 1) == slotOfA);

        var a = memo.Get("a");
        var b = memo.Get(rival);
        Assert.Equal(rival, b.Text);
        Assert.Same(b, memo.Get(rival));

        // "a" was replaced: it is parsed again, and it is a new result with the right text.
        var again = memo.Get("a");
        Assert.NotSame(a, again);
        Assert.Equal("a", again.Text);
        Assert.Equal(new[] { "a", rival, "a" }, parses);

        for (int i = 0; i < 100; i++)
        {
            string text = "t" + i.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(text, memo.Get(text).Text);
            Assert.True(memo.Count <= 2);
        }
    }

    [Fact]
    public void Slots_round_up_to_a_power_of_two()
    {
        var memo = new TextMemo<Parsed>(text => new Parsed(text), capacity: 3);
        for (int i = 0; i < 1000; i++)
        {
            memo.Get("x" + i.ToString(CultureInfo.InvariantCulture));
        }

        Assert.Equal(4, memo.Count);
    }

    [Fact]
    public void Threads_sharing_a_small_memo_always_get_the_result_of_the_text_they_asked_for()
    {
        var memo = new TextMemo<Parsed>(text => new Parsed(text), capacity: 8);
        var wrong = new ConcurrentBag<string>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            for (int i = 0; i < 20_000; i++)
            {
                // Few texts over few slots: slots are overwritten while others read them.
                string text = "10." + ((i * 7 + thread) % 40).ToString(CultureInfo.InvariantCulture) + ".0.0/16";
                if (memo.Get(text).Text != text)
                {
                    wrong.Add(text);
                }
            }
        });

        Assert.Empty(wrong);
    }
}
