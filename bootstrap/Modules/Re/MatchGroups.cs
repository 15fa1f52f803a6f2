using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace PyPack.Runtime.Modules.Re;

/// <summary>
/// Runs a .NET regex once and reads every group's span without a <see cref="Match"/> per match:
/// Regex.Match hands its Match (an object and an array per group, a third of a tokenizer's
/// allocations) to the caller and makes a new one for the next call, and <c>Match.Groups</c>
/// allocates a Group per group on top. EnumerateMatches instead keeps the runner's Match and
/// only reports the whole match's bounds; the groups' spans are still in that Match's capture
/// arrays, read here by UnsafeAccessor (bound at compile time, no reflection, so NativeAOT keeps
/// it). Should a .NET version rename those fields, or the runner's Match not be the one that just
/// matched, the match is run again with Regex.Match and read through Match.Groups.
/// </summary>
internal static class MatchGroups
{
    private static bool s_useGroups;

    // Regex._runner: the runner a match returns to the regex when it ends (a regex lends it to one match at a time).
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_runner")]
    private static extern ref RegexRunner? Runner(Regex regex);

    // RegexRunner.runmatch: the Match the runner records captures in (kept by the runner but for Regex.Match).
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "runmatch")]
    private static extern ref Match? RunMatch(RegexRunner runner);

    // Match._matches[g]: (index, length) pairs of group g's captures; Match._matchcount[g]: how many.
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_matches")]
    private static extern ref int[][] Captures(Match m);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_matchcount")]
    private static extern ref int[] CaptureCounts(Match m);

    /// <summary>
    /// Matches <paramref name="regex"/> in <c>text[..end]</c> from <paramref name="start"/> (where
    /// \z and $ see the end; lookbehinds see text before start) and writes the UTF-16 (start, end) of
    /// every group into <paramref name="spans"/>, (-1, -1) for a group that did not take part.
    /// </summary>
    public static bool Run(Regex regex, ReadOnlySpan<char> text, int end, int start, Span<int> spans)
    {
        if (!s_useGroups)
        {
            try
            {
                foreach (var vm in regex.EnumerateMatches(text[..end], start))
                {
                    // The runner is back on the regex once the enumerator has moved (no Python code runs
                    // in between, so no other thread has used the regex); its Match must be this match.
                    if (Runner(regex) is { } runner && RunMatch(runner) is { } m && TryRead(m, vm.Index, vm.Length, spans)) return true;
                    goto viaMatch;
                }
                return false;
            }
            catch (MissingFieldException)
            {
                s_useGroups = true;
            }
        }
    viaMatch:
        var match = regex.Match(new string(text[..end]), start);
        if (!match.Success) return false;
        for (var g = 0; 2 * g < spans.Length; g++)
        {
            var group = match.Groups[g];
            spans[2 * g] = group.Success ? group.Index : -1;
            spans[2 * g + 1] = group.Success ? group.Index + group.Length : -1;
        }
        return true;
    }

    /// <summary>The spans from a Match's capture arrays, when its whole match is (index, length).</summary>
    private static bool TryRead(Match m, int index, int length, Span<int> spans)
    {
        var counts = CaptureCounts(m);
        var captures = Captures(m);
        var groups = spans.Length / 2;
        if (counts.Length < groups || captures.Length < groups || counts[0] == 0) return false;
        var whole = captures[0];
        if (whole[2 * counts[0] - 2] != index || whole[2 * counts[0] - 1] != length) return false;
        for (var g = 0; g < groups; g++)
        {
            var count = counts[g];
            if (count == 0)
            {
                spans[2 * g] = spans[2 * g + 1] = -1;
                continue;
            }
            var pairs = captures[g];
            var at = pairs[2 * count - 2];
            spans[2 * g] = at;
            spans[2 * g + 1] = at + pairs[2 * count - 1];
        }
        return true;
    }
}
