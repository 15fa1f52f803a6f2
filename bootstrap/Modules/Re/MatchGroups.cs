using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace PyPack.Runtime.Modules.Re;

/// <summary>
/// Reads a group's span from a .NET <see cref="Match"/> without <c>Match.Groups</c>: the first
/// access to a group there allocates the collection, an array and a Group object for every group
/// of the pattern (a fifth of the time of a finditer loop over a pattern with eight groups). The
/// spans are in the match's own capture arrays, reached by UnsafeAccessor (bound at compile time,
/// no reflection, so NativeAOT keeps it). Should a .NET version rename those fields, the accessor
/// throws MissingFieldException once and every later read goes through Match.Groups.
/// </summary>
internal static class MatchGroups
{
    private static bool s_useGroups;

    // Match._matches[g]: (index, length) pairs of group g's captures; Match._matchcount[g]: how many.
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_matches")]
    private static extern ref int[][] Captures(Match m);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_matchcount")]
    private static extern ref int[] CaptureCounts(Match m);

    /// <summary>Whether group <paramref name="group"/> took part, and its last capture's UTF-16 index and length.</summary>
    public static bool TryGet(Match m, int group, out int index, out int length)
    {
        if (!s_useGroups)
        {
            try
            {
                var count = CaptureCounts(m)[group];
                if (count == 0)
                {
                    index = length = 0;
                    return false;
                }
                var captures = Captures(m)[group];
                index = captures[2 * count - 2];
                length = captures[2 * count - 1];
                return true;
            }
            catch (MissingFieldException)
            {
                s_useGroups = true;
            }
        }
        var g = m.Groups[group];
        index = g.Index;
        length = g.Length;
        return g.Success;
    }
}
