using System.Linq;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Extraction;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Extraction;

/// <summary>Shared constant values: a text met again is one value, and sharing never hands out another text's value.</summary>
public class SharedConstantTests
{
    private static string TextOf(AbstractValue value) => Assert.IsType<string>(Assert.IsType<ConstantValue>(value).Value);

    [Fact]
    public void The_same_text_from_another_string_instance_is_the_same_value()
    {
        var first = AbstractValue.Constant(new string('x', 3) + "-shared-test");
        var second = AbstractValue.Constant(string.Concat("xxx", "-shared-test"));
        Assert.Same(first, second);
        Assert.Equal("xxx-shared-test", TextOf(second));
    }

    [Fact]
    public void Every_text_gets_a_value_of_that_text_when_many_share_the_slots()
    {
        // Far more texts than slots, asked twice from several threads: evictions and races cost sharing, never a wrong text.
        var texts = Enumerable.Range(0, 20_000).Select(i => "10." + (i / 256) + "." + (i % 256) + ".0/24").ToArray();
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 4, worker =>
        {
            for (int round = 0; round < 2; round++)
            {
                for (int i = worker; i < texts.Length; i += 2)
                {
                    var text = new string(texts[i].ToCharArray());
                    if (TextOf(AbstractValue.Constant(text)) != text)
                    {
                        wrong.Add(text);
                    }
                }
            }
        });

        Assert.Empty(wrong);
    }

    [Fact]
    public void A_port_above_the_small_ints_asked_twice_is_one_value()
    {
        Assert.Same(AbstractValue.Constant(50_123), AbstractValue.Constant(50_123));
        Assert.Equal(50_123, Assert.IsType<ConstantValue>(AbstractValue.Constant(50_123)).Value);
    }

    [Fact]
    public void Every_int_gets_a_value_of_that_int_when_many_share_the_slots()
    {
        // Large and negative ints share direct-mapped slots (a slot is the low bits): collisions and races cost sharing only.
        var wrong = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, 4, worker =>
        {
            for (int round = 0; round < 2; round++)
            {
                for (int n = -5_000 + worker; n < 200_000; n += 3)
                {
                    if (!Equals(Assert.IsType<ConstantValue>(AbstractValue.Constant(n)).Value, n))
                    {
                        wrong.Add(n);
                    }
                }
            }
        });

        Assert.Empty(wrong);
    }

    [Fact]
    public void Long_texts_and_other_constants_keep_their_values()
    {
        var longText = new string('a', 65);
        Assert.Equal(longText, TextOf(AbstractValue.Constant(longText)));
        Assert.Equal(string.Empty, TextOf(AbstractValue.Constant(string.Empty)));
        Assert.Same(AbstractValue.Constant(443), AbstractValue.Constant((object)443));
        Assert.Equal(true, Assert.IsType<ConstantValue>(AbstractValue.Constant((object)true)).Value);
    }
}
