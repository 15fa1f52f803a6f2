namespace PyPack.Runtime.Objects;

/// <summary>C3 linearization, as CPython's mro_implementation, with its error message.</summary>
internal static class MroBuilder
{
    public static PyType[] Compute(PyType type, PyType[] bases)
    {
        for (var i = 0; i < bases.Length; i++)
        {
            for (var j = i + 1; j < bases.Length; j++)
            {
                if (ReferenceEquals(bases[i], bases[j])) throw Errors.TypeError($"duplicate base class {bases[i].Name}");
            }
        }
        var sequences = new List<List<PyType>>();
        foreach (var b in bases) sequences.Add(new List<PyType>(b.Mro));
        sequences.Add(new List<PyType>(bases));
        var result = new List<PyType> { type };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0) return [.. result];
            PyType? candidate = null;
            foreach (var s in sequences)
            {
                var head = s[0];
                var inTail = false;
                foreach (var other in sequences)
                {
                    if (other.IndexOf(head) > 0)
                    {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail)
                {
                    candidate = head;
                    break;
                }
            }
            if (candidate is null)
            {
                var heads = new List<string>();
                foreach (var s in sequences)
                {
                    if (!heads.Contains(s[0].Name)) heads.Add(s[0].Name);
                }
                var names = string.Join(", ", heads);
                throw Errors.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {names}");
            }
            result.Add(candidate);
            foreach (var s in sequences)
            {
                if (ReferenceEquals(s[0], candidate)) s.RemoveAt(0);
            }
        }
    }
}
