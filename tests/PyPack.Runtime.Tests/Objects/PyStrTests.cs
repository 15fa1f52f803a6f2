using PyPack.Runtime.Objects;
using Shouldly;
using Xunit;

namespace PyPack.Runtime.Tests.Objects;

public class PyStrTests
{
    private static string Text(int n) => new(Enumerable.Range(0, n).Select(i => (char)('a' + i % 26)).ToArray());

    // Every inline size class is read through the smallest one's field: a layout where the characters moved would read other memory.
    [Fact]
    public void Every_length_reads_back_its_text()
    {
        for (var n = 0; n <= PyStr.MaxInline + 3; n++)
        {
            var text = Text(n);
            var strs = new[] { PyStr.Of(text.AsSpan()), new PyStr(text) };
            GC.Collect();
            foreach (var s in strs)
            {
                s.Chars.ToString().ShouldBe(text);
                s.CodePointCount.ShouldBe(n);
                s.Length().ShouldBe(n);
                PyStr.IsExact(s).ShouldBeTrue();
                PyStr.IsExactClass(s.GetType()).ShouldBeTrue();
                s.Hash().ShouldBe(StrHash.Of(text));
                s.Value.ShouldBe(text);
            }
            PyPack.Runtime.Operations.Comparison.Equal(strs[0], strs[1]).ShouldBeTrue();
        }
    }

    // The inline form holds no surrogate pair: a text with one keeps a string and its code point count.
    [Fact]
    public void Surrogate_pairs_count_as_one_code_point()
    {
        var text = "ab\U0001F600cd";
        var s = PyStr.Of(text.AsSpan());
        s.CodePointCount.ShouldBe(5);
        s.HasSurrogatePairs.ShouldBeTrue();
        s.Chars.ToString().ShouldBe(text);
        PyStr.Of("a\uD800b".AsSpan()).CodePointCount.ShouldBe(3); // a lone surrogate is one code point
    }

    [Fact]
    public void Other_objects_are_not_exact_strs()
    {
        PyStr.IsExact(PyInt.From(1)).ShouldBeFalse();
        PyStr.IsExactClass(typeof(PyStrSubclass)).ShouldBeFalse();
    }

    // Reading an inline str as a string makes a string and leaves the str as it was (one object).
    [Fact]
    public void Value_of_an_inline_str_leaves_it_inline()
    {
        var s = PyStr.Of("hello".AsSpan());
        s.Value.ShouldBe("hello");
        s.Value.ShouldNotBeSameAs(s.Value);
        s.Chars.ToString().ShouldBe("hello");
        s.Length().ShouldBe(5);
    }

    // The surrogate scan reads short texts directly and long ones vectorized: a pair anywhere, in
    // either range of lengths, is found, and an equal text made another way hashes the same.
    [Fact]
    public void A_surrogate_pair_is_found_at_any_place_and_length()
    {
        for (var n = 1; n <= 80; n += 3)
        {
            for (var at = 0; at < n; at += 5)
            {
                var text = Text(n).Insert(at, "\U0001F600");
                var s = PyStr.Of(text.AsSpan());
                s.CodePointCount.ShouldBe(n + 1);
                s.HasSurrogatePairs.ShouldBeTrue();
                s.Hash().ShouldBe(new PyStr(text).Hash());
            }
            var wide = Text(n) + "\u0100";
            PyStr.Of(wide.AsSpan()).Hash().ShouldBe(new PyStr(wide).Hash());
        }
    }
}
