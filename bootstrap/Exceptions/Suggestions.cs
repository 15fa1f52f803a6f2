using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>
/// The "Did you mean: 'x'?" CPython 3.11 adds when it prints an uncaught NameError or
/// AttributeError (Python/suggestions.c): the closest candidate by a Levenshtein distance where
/// a case change costs 1 and any other edit 2, within a third of the characters involved.
/// </summary>
public static class Suggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>The suggestion for <paramref name="exc"/>, or null.</summary>
    public static string? For(PyBaseException exc)
    {
        if (exc.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            if (exc.GetOwnAttribute("name") is not PyStr { } name || name is PyStrSubclass || exc.GetOwnAttribute("obj") is not { } obj || obj is PyNone) return null;
            PyList dir;
            try
            {
                dir = Builtins.BuiltinsModule.Dir(obj);
            }
            catch (PyException)
            {
                return null;
            }
            return Closest(Sequences.Map(dir.Items, static n => n is PyStr s ? s.Value : null), name.Value, dir.Count);
        }
        if (exc.Type.IsSubtypeOf(ExceptionTypes.NameError))
        {
            if (exc.GetOwnAttribute("name") is not PyStr { } name || name is PyStrSubclass || exc.Traceback is null) return null;
            var frame = exc.Traceback;
            while (frame.Next is not null) frame = frame.Next;
            var locals = frame.Code.VarNames;
            var found = Closest(locals, name.Value, locals.Length);
            if (found is not null) return found;
            if (exc.SuggestionGlobals is { } globals)
            {
                var names = Keys(globals);
                found = Closest(names, name.Value, names.Count);
                if (found is not null) return found;
            }
            var builtins = Keys(Hosting.Interpreter.Current.Builtins.Globals);
            return Closest(builtins, name.Value, builtins.Count);
        }
        return null;
    }

    // A loop, not Select: LINQ over KeyValuePair instantiates its iterators for that struct in every executable.
    private static List<string> Keys(ModuleGlobals globals)
    {
        var keys = new List<string>();
        foreach (var (key, _) in globals.Items) keys.Add(key);
        return keys;
    }

    private static string? Closest(IEnumerable<string?> candidates, string name, int count)
    {
        if (count >= MaxCandidateItems) return null;
        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var item in candidates)
        {
            if (item is null || item == name) continue;
            var itemBytes = System.Text.Encoding.UTF8.GetBytes(item);
            var maxDistance = (nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, bestDistance - 1);
            var distance = Distance(nameBytes, itemBytes, maxDistance);
            if (distance > maxDistance) continue;
            if (best is null || distance < bestDistance)
            {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a is >= (byte)'A' and <= (byte)'Z') a += 'a' - 'A';
        if (b is >= (byte)'A' and <= (byte)'Z') b += 'a' - 'A';
        return a == b ? CaseCost : MoveCost;
    }

    /// <summary>The edit distance, or more than <paramref name="maxCost"/> once it must exceed it.</summary>
    private static int Distance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int maxCost)
    {
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0])
        {
            a = a[1..];
            b = b[1..];
        }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;

        // One row of the matrix, updated in place: row[i] is the cost from b[:j] to a[:i+1].
        Span<int> row = stackalloc int[a.Length];
        for (var i = 0; i < a.Length; i++) row[i] = (i + 1) * MoveCost;
        var result = 0;
        for (var j = 0; j < b.Length; j++)
        {
            var code = b[j];
            var distance = result = j * MoveCost;
            var minimum = int.MaxValue;
            for (var i = 0; i < a.Length; i++)
            {
                var substitute = distance + SubstitutionCost(code, a[i]);
                distance = row[i];
                var insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                row[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
