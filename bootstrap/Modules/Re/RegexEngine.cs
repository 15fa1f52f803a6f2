using System.Text.RegularExpressions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Re;

/// <summary>
/// A translated pattern and the .NET regexes made from it, one per way of matching (built on
/// first use). <c>match(string, pos, endpos, mode)</c> returns the flat tuple
/// (start0, end0, start1, end1, ...) in code points, -1 for a group that did not take part, or None.
/// </summary>
internal sealed class RegexEngine(string pattern) : PyObject
{
    private static readonly PyType EngineType = CreateType();
    private static readonly PyObject s_zero = PyInt.From(0);

    // search; match (anchored at pos); fullmatch (anchored at pos and endpos); search that
    // must not return an empty match at pos (the rule finditer/sub/split follow after an empty match).
    private readonly Regex?[] _regexes = new Regex?[PrebuiltRegexes.ModeCount];

    // The last subject and its maps: findall, sub and split match the same string many times,
    // and rebuilding the maps each time would make them quadratic.
    private RegexSubject _loaded = RegexSubject.Of(PyStr.Empty);

    public override PyType Type => EngineType;

    // What re.Match needs from its Pattern, given once by attach(): the Pattern object, its group
    // count, name -> number dict and the enclosing group of each group.
    public PyObject Owner { get; private set; } = PyNone.Instance;
    public int GroupCount { get; private set; }
    public PyDict GroupIndex { get; private set; } = new();
    /// <summary>The name of each group number (null for an unnamed group), for Match.lastgroup.</summary>
    public PyObject?[] GroupNames { get; private set; } = [null];
    public int[] Parents { get; private set; } = [0];
    private bool _isBytes;
    private bool _narrow;   // made for str subjects without surrogate pairs

    internal Regex For(int mode)
    {
        if (_regexes[mode] is { } cached) return cached;
        var text = PrebuiltRegexes.TextFor(pattern, mode);
        return _regexes[mode] = PrebuiltRegexes.Find?.Invoke(text, PrebuiltRegexes.Options) ?? new Regex(text, PrebuiltRegexes.Options);
    }

    private RegexSubject Load(PyObject subject)
    {
        // bytearray is mutable: it is read again on every call.
        if (ReferenceEquals(subject, _loaded.Subject) && !_loaded.IsMutable) return _loaded;
        return _loaded = RegexSubject.Of(subject);
    }

    /// <summary>
    /// The matches finditer, findall, split and sub see, as the UTF-16 spans of every group in the
    /// loaded subject (one buffer, rewritten at each match): after an empty match the next one may
    /// not be empty at the same place (CPython 3.7+).
    /// </summary>
    private IEnumerable<int[]> Scan(long pos, long endpos, long limit)
    {
        var end = _loaded.Offset(endpos);
        var text = _loaded.Text;
        var at = _loaded.Offset(pos);
        var mustAdvance = false;
        var spans = new int[(GroupCount + 1) * 2];
        for (long n = 0; at <= end && (limit == 0 || n < limit); n++)
        {
            if (!MatchGroups.Run(For(mustAdvance ? 3 : 0), text, end, at, spans)) yield break;
            yield return spans;
            mustAdvance = spans[1] == spans[0];
            at = spans[1];
        }
    }

    /// <summary>
    /// The re.Match of UTF-16 group spans of <paramref name="subject"/>'s text (copied: callers
    /// reuse their buffer).
    /// </summary>
    internal PyMatch NewMatch(ReadOnlySpan<int> offsets, RegexSubject subject, long pos, long endpos)
    {
        var spans = offsets.ToArray();
        ToPoints(spans, subject);
        return new PyMatch(this, subject.Subject, pos, endpos, spans);
    }

    /// <summary>UTF-16 spans to code point spans, in place (-1 stays -1).</summary>
    private static void ToPoints(int[] spans, RegexSubject subject)
    {
        if (!subject.HasMaps) return;
        for (var i = 0; i < spans.Length; i++)
        {
            if (spans[i] >= 0) spans[i] = subject.Point(spans[i]);
        }
    }

    /// <summary>subject[start:end] in code points (bytes for a bytes-like subject).</summary>
    public PyObject SliceOf(PyObject subject, long start, long end)
    {
        var loaded = Load(subject);
        return loaded.Piece(loaded.Text.AsSpan()[loaded.Offset(start)..loaded.Offset(end)]);
    }

    /// <summary>
    /// search/match/fullmatch when the arguments need nothing from re.py: a str or bytes of the
    /// pattern's kind this engine was made for, and int positions. Anything else returns
    /// NotImplemented so that re.py checks, converts and reports errors as CPython does.
    /// </summary>
    public PyObject Run(PyObject subject, PyObject posArg, PyObject endposArg, int mode)
    {
        if (!Accepts(subject, posArg, endposArg, out var pos, out var endpos)) return PyNotImplemented.Instance;
        if (pos > endpos) return PyNone.Instance;
        return Match(subject, pos, endpos, mode);
    }

    /// <summary>
    /// Whether a call can skip re.py's checks: a str or bytes of this engine's kind (a str without
    /// surrogate pairs for the narrow engine) and int positions, clamped here as re.py would.
    /// </summary>
    private bool Accepts(PyObject subject, PyObject posArg, PyObject endposArg, out long pos, out long endpos)
    {
        pos = endpos = 0;
        long length;
        switch (subject)
        {
            case PyStr s when !_isBytes && (!_narrow || !s.HasSurrogatePairs):
                length = s.CodePointCount;
                break;
            case PyBytes b when _isBytes && !b.IsByteArray:
                length = b.Count;
                break;
            default:
                return false;
        }
        if (posArg is not PyInt { IsSmall: true } p || endposArg is not PyInt { IsSmall: true } e) return false;
        pos = Math.Clamp(p.Small, 0, length);
        endpos = Math.Clamp(e.Small, 0, length);
        return true;
    }

    /// <summary>
    /// Pattern.subn with a function (<paramref name="filter"/> callable) or a parsed template (a list of
    /// literals and group numbers). The pieces are joined by str/bytes join, whose errors are CPython's.
    /// </summary>
    private PyTuple Sub(PyObject subject, PyObject repl, bool isFilter, long count)
    {
        Load(subject);
        if (subject is PyStr && (isFilter || OnlyStrLiterals((PyList)repl))) return SubText(subject, repl, isFilter, count);
        var pieces = new List<PyObject>();
        var last = 0;
        long n = 0;
        var length = _loaded.Point(_loaded.Text.Length);
        PyObject empty = subject is PyStr ? new PyStr("") : PyBytes.FromLatin1("");
        var parts = new List<PyObject>();
        foreach (var m in Scan(0, length, count))
        {
            if (last < m[0]) pieces.Add(_loaded.Piece(_loaded.Text.AsSpan()[last..m[0]]));
            var match = NewMatch(m, _loaded, 0, length);
            PyObject piece;
            if (isFilter)
            {
                piece = repl.Call1(match);
            }
            else
            {
                parts.Clear();
                foreach (var part in ((PyList)repl).Items)
                {
                    if (part is PyInt g)
                    {
                        var value = match.Get((int)g.Small, PyNone.Instance);
                        if (Operations.Truth.IsTrue(value)) parts.Add(value);
                    }
                    else
                    {
                        parts.Add(part);
                    }
                }
                piece = Join(empty, parts);
            }
            if (piece is not PyNone) pieces.Add(piece);
            // A filter may have matched another string with this engine: reload the subject.
            Load(subject);
            last = m[1];
            n++;
        }
        if (last < _loaded.Text.Length) pieces.Add(_loaded.Piece(_loaded.Text.AsSpan()[last..]));
        return PyTuple.Of(Join(empty, pieces), PyInt.From(n));
    }

    private static bool OnlyStrLiterals(PyList template)
    {
        foreach (var part in template.Items)
        {
            if (part is not (PyInt or PyStr)) return false;
        }
        return true;
    }

    /// <summary>
    /// Sub for a str subject whose template has only str literals: the result is built in one
    /// StringBuilder (no piece strings, no list of pieces for the collector to trace). As in CPython
    /// every callback runs before a piece that is not a str fails the join, with join's message.
    /// </summary>
    private PyTuple SubText(PyObject subject, PyObject repl, bool isFilter, long count)
    {
        var sb = new System.Text.StringBuilder(_loaded.Text.Length);
        var last = 0;
        long n = 0;
        var length = _loaded.Point(_loaded.Text.Length);
        var pieceCount = 0;
        var badIndex = -1;
        PyObject? bad = null;
        var template = isFilter ? null : (PyList)repl;
        foreach (var m in Scan(0, length, count))
        {
            if (last < m[0])
            {
                sb.Append(_loaded.Text, last, m[0] - last);
                pieceCount++;
            }
            if (template is null)
            {
                var piece = repl.Call1(NewMatch(m, _loaded, 0, length));
                if (piece is PyStr p)
                {
                    sb.Append(p.Value);
                    pieceCount++;
                }
                else if (piece is not PyNone)
                {
                    if (bad is null)
                    {
                        bad = piece;
                        badIndex = pieceCount;
                    }
                    pieceCount++;
                }
                // A filter may have matched another string with this engine: reload the subject.
                Load(subject);
            }
            else
            {
                // A template's piece is never None: it is one piece even when empty.
                foreach (var part in template.Items)
                {
                    if (part is PyStr literal) sb.Append(literal.Value);
                    else
                    {
                        var g = (int)((PyInt)part).Small;
                        if (m[2 * g] >= 0) sb.Append(_loaded.Text, m[2 * g], m[2 * g + 1] - m[2 * g]);
                    }
                }
                pieceCount++;
            }
            last = m[1];
            n++;
        }
        if (bad is not null)
        {
            // The same TypeError join gives for the first piece that is not a str.
            var empty = new PyStr("");
            var items = new PyObject[badIndex + 1];
            Array.Fill(items, empty);
            items[^1] = bad;
            Operations.Attributes.CallMethod1(empty, "join", new PyList(items));
        }
        if (last < _loaded.Text.Length) sb.Append(_loaded.Text, last, _loaded.Text.Length - last);
        return PyTuple.Of(new PyStr(sb.ToString()), PyInt.From(n));
    }

    /// <summary>
    /// empty.join(pieces): concatenated here when every piece is a str (the common case), otherwise
    /// by str/bytes join, whose errors for a wrong piece are CPython's.
    /// </summary>
    private static PyObject Join(PyObject empty, List<PyObject> pieces)
    {
        if (empty is PyStr)
        {
            var length = 0L;
            foreach (var piece in pieces)
            {
                if (piece is not PyStr s) return Operations.Attributes.CallMethod1(empty, "join", new PyList([.. pieces]));
                length += s.Value.Length;
            }
            if (length <= int.MaxValue)
            {
                return pieces.Count == 1 ? new PyStr(((PyStr)pieces[0]).Value) : new PyStr(string.Create((int)length, pieces, static (span, items) =>
                {
                    foreach (var item in items)
                    {
                        var value = ((PyStr)item).Value;
                        value.CopyTo(span);
                        span = span[value.Length..];
                    }
                }));
            }
        }
        return Operations.Attributes.CallMethod1(empty, "join", new PyList([.. pieces]));
    }

    /// <summary>
    /// Pattern.subn when nothing needs re.py: a str or bytes subject of this engine's kind, an int
    /// count, and a callable or a str without backslashes for a str subject. NotImplemented otherwise.
    /// </summary>
    internal PyObject TrySub(PyObject repl, PyObject subject, PyObject countArg)
    {
        if (countArg is not PyInt { IsSmall: true } count) return PyNotImplemented.Instance;
        if (!Accepts(subject, s_zero, s_zero, out _, out _)) return PyNotImplemented.Instance;
        if (Builtins.BuiltinsModule.IsCallable(repl)) return Sub(subject, repl, true, count.Small);
        if (repl is PyStr r && subject is PyStr && !r.Value.Contains('\\'))
        {
            Load(subject);
            return SubLiteral(r.Value, count.Small);
        }
        return PyNotImplemented.Instance;
    }

    /// <summary>finditer's lazy iterator, or NotImplemented when re.py must check the arguments.</summary>
    internal PyObject TryFindIter(PyObject subject, PyObject posArg, PyObject endposArg)
        => Accepts(subject, posArg, endposArg, out var pos, out var endpos) ? new MatchIterator(this, Load(subject), pos, endpos) : PyNotImplemented.Instance;

    /// <summary>findall, or NotImplemented when re.py must check the arguments.</summary>
    internal PyObject TryFindAll(PyObject subject, PyObject posArg, PyObject endposArg)
    {
        if (!Accepts(subject, posArg, endposArg, out var pos, out var endpos)) return PyNotImplemented.Instance;
        Load(subject);
        return FindAll(pos, endpos);
    }

    /// <summary>split, or NotImplemented when re.py must check the arguments.</summary>
    internal PyObject TrySplit(PyObject subject, PyObject maxsplitArg)
    {
        if (maxsplitArg is not PyInt { IsSmall: true } maxsplit || !Accepts(subject, s_zero, s_zero, out _, out _)) return PyNotImplemented.Instance;
        Load(subject);
        return Split(maxsplit.Small);
    }

    /// <summary>Pattern.findall: the whole match, the one group, or a tuple of the groups; "" for a group that did not match.</summary>
    private PyList FindAll(long pos, long endpos)
    {
        var result = new PyList();
        if (GroupCount == 0)
        {
            // No groups: .NET's allocation-free enumeration gives the same matches until an empty
            // one, after which .NET and Python differ on where the next may start; Scan takes over there.
            var end = _loaded.Offset(endpos);
            foreach (var vm in For(0).EnumerateMatches(_loaded.Text.AsSpan(0, end), _loaded.Offset(pos)))
            {
                if (vm.Length == 0)
                {
                    pos = _loaded.Point(vm.Index);
                    goto general;
                }
                result.Append(_loaded.Slice(vm.Index, vm.Length));
            }
            return result;
        }
    general:
        foreach (var m in Scan(pos, endpos, 0))
        {
            // A group that did not take part gives "".
            if (GroupCount == 0) result.Append(_loaded.Slice(m[0], m[1] - m[0]));
            else if (GroupCount == 1) result.Append(GroupText(m, 1));
            else
            {
                var items = new PyObject[GroupCount];
                for (var i = 1; i <= GroupCount; i++) items[i - 1] = GroupText(m, i);
                result.Append(PyTuple.FromArray(items));
            }
        }
        return result;
    }

    private PyObject GroupText(int[] spans, int group)
        => spans[2 * group] >= 0 ? _loaded.Slice(spans[2 * group], spans[2 * group + 1] - spans[2 * group]) : _loaded.Slice(0, 0);

    /// <summary>Pattern.split: the pieces between matches and every group of each match (None when it did not match).</summary>
    private PyList Split(long maxsplit)
    {
        var result = new PyList();
        var last = 0;
        var text = _loaded.Text;
        long n = 0;
        if (GroupCount == 0 && maxsplit >= 0)
        {
            // No groups: .NET's allocation-free enumeration gives the same matches until an empty one
            // (after which .NET and Python differ on where the next may start); Scan goes on from there.
            var finished = true;
            foreach (var vm in For(0).EnumerateMatches(text))
            {
                if (maxsplit != 0 && n == maxsplit) break;
                if (vm.Length == 0)
                {
                    finished = false;
                    break;
                }
                result.Append(_loaded.Slice(last, vm.Index - last));
                last = vm.Index + vm.Length;
                n++;
            }
            if (finished)
            {
                result.Append(_loaded.Slice(last, text.Length - last));
                return result;
            }
        }
        foreach (var m in Scan(_loaded.Point(last), _loaded.Point(text.Length), maxsplit == 0 ? 0 : maxsplit - n))
        {
            result.Append(_loaded.Slice(last, m[0] - last));
            for (var i = 1; i <= GroupCount; i++)
            {
                result.Append(m[2 * i] >= 0 ? _loaded.Slice(m[2 * i], m[2 * i + 1] - m[2 * i]) : PyNone.Instance);
            }
            last = m[1];
        }
        result.Append(_loaded.Slice(last, _loaded.Text.Length - last));
        return result;
    }

    /// <summary>Pattern.subn with a replacement used as it is (no group references).</summary>
    private PyTuple SubLiteral(string replacement, long count)
    {
        var sb = new System.Text.StringBuilder();
        var last = 0;
        long n = 0;
        foreach (var m in Scan(0, _loaded.Point(_loaded.Text.Length), count))
        {
            sb.Append(_loaded.Text, last, m[0] - last).Append(replacement);
            last = m[1];
            n++;
        }
        sb.Append(_loaded.Text, last, _loaded.Text.Length - last);
        return PyTuple.Of(_loaded.Wrap(sb.ToString()), PyInt.From(n));
    }

    private PyObject Match(PyObject subject, long pos, long endpos, int mode)
    {
        Load(subject);
        var text = _loaded.Text;
        var start = _loaded.Offset(pos);
        var end = _loaded.Offset(endpos);
        // Python's endpos makes the string end there ($ and \Z match at it); pos does not make a start (^ does not match there).
        if (GroupCount == 0)
        {
            // Only the whole match's span is needed: .NET's allocation-free enumeration gives it
            // without a Match, its group arrays and a substring for endpos.
            foreach (var vm in For(mode).EnumerateMatches(text.AsSpan(0, end), start))
            {
                return new PyMatch(this, _loaded.Subject, pos, endpos, [_loaded.Point(vm.Index), _loaded.Point(vm.Index + vm.Length)]);
            }
            return PyNone.Instance;
        }
        var spans = new int[(GroupCount + 1) * 2];
        if (!MatchGroups.Run(For(mode), text, end, start, spans)) return PyNone.Instance;
        ToPoints(spans, _loaded);
        return new PyMatch(this, _loaded.Subject, pos, endpos, spans);
    }

    private static PyType CreateType()
    {
        var type = new PyType("Engine", null) { Module = "_pypack_re" };
        type.Method("attach", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("attach", args, kw, ["pattern", "groups", "groupindex", "parents", "isbytes", "narrow"], 6);
            var engine = (RegexEngine)self;
            engine.Owner = a[0]!;
            engine.GroupCount = (int)ModuleArgs.Int(a[1]!);
            engine.GroupIndex = (PyDict)a[2]!;
            engine.GroupNames = new PyObject?[engine.GroupCount + 1];
            var at = 0;
            while (engine.GroupIndex.NextEntry(ref at, out var name, out var gid))
            {
                if (gid is PyInt { IsSmall: true } g && g.Small >= 0 && g.Small <= engine.GroupCount) engine.GroupNames[g.Small] = name;
            }
            var parents = (PyList)a[3]!;
            engine.Parents = new int[parents.Count];
            for (var i = 0; i < parents.Count; i++) engine.Parents[i] = (int)ModuleArgs.Int(parents[i]);
            engine._isBytes = ModuleArgs.Bool(a[4]);
            engine._narrow = ModuleArgs.Bool(a[5]);
            return PyNone.Instance;
        });
        // run(string, pos, endpos, mode): a Match, None, or NotImplemented (re.py takes the careful path).
        type.Method("run", static (self, args, kw) =>
        {
            if (kw is null && args.Length == 4 && args[3] is PyInt { IsSmall: true } mode)
            {
                return ((RegexEngine)self).Run(args[0], args[1], args[2], (int)mode.Small);
            }
            var a = ModuleArgs.Bind("run", args, kw, ["string", "pos", "endpos", "mode"], 4);
            return ((RegexEngine)self).Run(a[0]!, a[1]!, a[2]!, (int)ModuleArgs.Int(a[3]!));
        });
        type.Method("match", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("match", args, kw, ["string", "pos", "endpos", "mode"], 4);
            return ((RegexEngine)self).Match(a[0]!, ModuleArgs.Int(a[1]!), ModuleArgs.Int(a[2]!), (int)ModuleArgs.Int(a[3]!));
        });
        // finditer(string, pos, endpos): the lazy iterator of finditer's matches, for arguments re.py has checked.
        type.Method("finditer", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("finditer", args, kw, ["string", "pos", "endpos"], 3);
            var engine = (RegexEngine)self;
            return new MatchIterator(engine, engine.Load(a[0]!), ModuleArgs.Int(a[1]!), ModuleArgs.Int(a[2]!));
        });
        // try_finditer(string, pos, endpos): finditer, or NotImplemented when re.py must check the arguments.
        type.Method("try_finditer", static (self, args, kw) =>
        {
            if (kw is not null || args.Length != 3) throw Errors.TypeError("try_finditer() takes 3 positional arguments");
            return ((RegexEngine)self).TryFindIter(args[0], args[1], args[2]);
        });
        // try_findall(string, pos, endpos): findall, or NotImplemented when re.py must check the arguments.
        type.Method("try_findall", static (self, args, kw) =>
        {
            // re.py passes the three positionally: no binding array per call.
            if (kw is null && args.Length == 3) return ((RegexEngine)self).TryFindAll(args[0], args[1], args[2]);
            var a = ModuleArgs.Bind("try_findall", args, kw, ["string", "pos", "endpos"], 3);
            return ((RegexEngine)self).TryFindAll(a[0]!, a[1]!, a[2]!);
        });
        // try_sub(repl, string, count): subn's (result, count), or NotImplemented when re.py must look at the arguments.
        type.Method("try_sub", static (self, args, kw) =>
        {
            if (kw is not null || args.Length != 3) throw Errors.TypeError("try_sub() takes 3 positional arguments");
            return ((RegexEngine)self).TrySub(args[0], args[1], args[2]);
        });
        // sub(string, repl, is_filter, count): subn's (result, count) for a function or a parsed template.
        type.Method("sub", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("sub", args, kw, ["string", "repl", "is_filter", "count"], 4);
            return ((RegexEngine)self).Sub(a[0]!, a[1]!, ModuleArgs.Bool(a[2]), ModuleArgs.Int(a[3]!));
        });
        type.Method("findall", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("findall", args, kw, ["string", "pos", "endpos"], 3);
            var engine = (RegexEngine)self;
            engine.Load(a[0]!);
            return engine.FindAll(ModuleArgs.Int(a[1]!), ModuleArgs.Int(a[2]!));
        });
        // try_split(string, maxsplit): split, or NotImplemented when re.py must check the arguments.
        type.Method("try_split", static (self, args, kw) =>
        {
            if (kw is not null || args.Length != 2) throw Errors.TypeError("try_split() takes 2 positional arguments");
            return ((RegexEngine)self).TrySplit(args[0], args[1]);
        });
        type.Method("split", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("split", args, kw, ["string", "maxsplit"], 2);
            var engine = (RegexEngine)self;
            engine.Load(a[0]!);
            return engine.Split(ModuleArgs.Int(a[1]!));
        });
        type.Method("sub_literal", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("sub_literal", args, kw, ["string", "replacement", "count"], 3);
            var engine = (RegexEngine)self;
            engine.Load(a[0]!);
            var replacement = a[1] switch
            {
                PyStr s => s.Value,
                PyBytes b => b.ToLatin1(),
                var other => throw Errors.TypeError($"expected str or bytes, got '{other!.Type.TpName}'"),
            };
            return engine.SubLiteral(replacement, ModuleArgs.Int(a[2]!));
        });
        // slice(string, start, end): string[start:end] in code points, bytes for a bytes-like subject.
        type.Method("slice", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("slice", args, kw, ["string", "start", "end"], 3);
            var engine = (RegexEngine)self;
            var loaded = engine.Load(a[0]!);
            var start = loaded.Offset(ModuleArgs.Int(a[1]!));
            var end = loaded.Offset(ModuleArgs.Int(a[2]!));
            return loaded.Piece(loaded.Text.AsSpan()[start..end]);
        });
        return type;
    }
}
