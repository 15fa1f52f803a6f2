using System.Runtime.CompilerServices;
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

    // The group-span buffer of the last scan, lent to the next one (a sub() callback may scan
    // with this engine again while the outer scan holds it: that one makes its own).
    private int[]? _spareSpans;

    private int[] RentSpans() => Interlocked.Exchange(ref _spareSpans, null) ?? new int[(GroupCount + 1) * 2];

    private void ReturnSpans(int[] spans) => _spareSpans = spans;

    /// <summary>
    /// The matches finditer, findall, split and sub see, as the UTF-16 spans of every group in
    /// <see cref="Spans"/> (rewritten at each match): after an empty match the next one may not be
    /// empty at the same place (CPython 3.7+). A struct, so a scan allocates nothing of its own.
    /// </summary>
    private struct Scanner(RegexEngine engine, RegexSubject subject, int at, int end, long limit, int[] spans)
    {
        public readonly int[] Spans = spans;
        private int _at = at;
        private long _left = limit == 0 ? long.MaxValue : limit;
        private bool _mustAdvance;

        public bool Next()
        {
            if (_at > end || _left <= 0) return false;
            if (!MatchGroups.Run(engine.For(_mustAdvance ? 3 : 0), subject.Chars, end, _at, Spans)) return false;
            _left--;
            _mustAdvance = Spans[1] == Spans[0];
            _at = Spans[1];
            return true;
        }
    }

    private Scanner Scan(RegexSubject subject, long pos, long endpos, long limit)
        => new(this, subject, subject.Offset(pos), subject.Offset(endpos), limit, RentSpans());

    /// <summary>
    /// The re.Match of UTF-16 group spans of <paramref name="subject"/>'s text (copied: callers
    /// reuse their buffer).
    /// </summary>
    internal PyMatch NewMatch(ReadOnlySpan<int> offsets, RegexSubject subject, long pos, long endpos)
    {
        if (GroupCount == 0) return new PyMatch(this, subject.Subject, pos, endpos, subject.Point(offsets[0]), subject.Point(offsets[1]), null);
        var spans = offsets.ToArray();
        ToPoints(spans, subject);
        return new PyMatch(this, subject.Subject, pos, endpos, spans[0], spans[1], spans);
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
        return loaded.Piece(loaded.Chars[loaded.Offset(start)..loaded.Offset(end)]);
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
        // Exact types first: `is PyStr` and `is PyInt` are calls that walk the class chain (str and
        // int have subclasses), a few percent of a program of short matches.
        if (!_isBytes && (subject.GetType() == typeof(PyStr) || subject is PyStr))
        {
            var s = Unsafe.As<PyStr>(subject);
            if (_narrow && s.HasSurrogatePairs) return false;
            length = s.CodePointCount;
        }
        else if (_isBytes && subject is PyBytes { IsByteArray: false } b)
        {
            length = b.Count;
        }
        else
        {
            return false;
        }
        if (!SmallInt(posArg, out var p) || !SmallInt(endposArg, out var e)) return false;
        pos = Math.Clamp(p, 0, length);
        endpos = Math.Clamp(e, 0, length);
        return true;
    }

    /// <summary>The value of an int within 64 bits (an exact one tested first, see <see cref="Accepts"/>).</summary>
    private static bool SmallInt(PyObject o, out long value)
    {
        if (o.GetType() == typeof(PyInt))
        {
            value = Unsafe.As<PyInt>(o).Small;
            return true;
        }
        if (o is PyInt { IsSmall: true } i)
        {
            value = i.Small;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>
    /// Pattern.subn with a function (<paramref name="filter"/> callable) or a parsed template (a list of
    /// literals and group numbers); the result alone when <paramref name="withCount"/> is false (sub).
    /// The pieces are joined by str/bytes join, whose errors are CPython's.
    /// </summary>
    private PyObject Sub(PyObject subject, PyObject repl, bool isFilter, long count, bool withCount = true)
    {
        var loaded = Load(subject);
        if (loaded.IsStr && (isFilter || OnlyStrLiterals((PyList)repl))) return SubText(loaded, repl, isFilter, count, withCount);
        var pieces = new List<PyObject>();
        var last = 0;
        long n = 0;
        var length = loaded.Point(loaded.Length);
        PyObject empty = loaded.IsStr ? new PyStr("") : PyBytes.FromLatin1("");
        var parts = new List<PyObject>();
        var scan = Scan(loaded, 0, length, count);
        while (scan.Next())
        {
            var m = scan.Spans;
            if (last < m[0]) pieces.Add(loaded.Piece(loaded.Chars[last..m[0]]));
            var match = NewMatch(m, loaded, 0, length);
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
            last = m[1];
            n++;
        }
        ReturnSpans(scan.Spans);
        if (last < loaded.Length) pieces.Add(loaded.Piece(loaded.Chars[last..]));
        var result = Join(empty, pieces);
        return withCount ? PyTuple.Of(result, PyInt.From(n)) : result;
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
    /// buffer (no piece strings, no list of pieces for the collector to trace). As in CPython
    /// every callback runs before a piece that is not a str fails the join, with join's message,
    /// and a subject without a match is returned itself (an exact str; CPython's join of the one
    /// piece that is the whole subject).
    /// </summary>
    private PyObject SubText(RegexSubject loaded, PyObject repl, bool isFilter, long count, bool withCount)
    {
        var last = 0;
        long n = 0;
        var length = loaded.Point(loaded.Length);
        var pieceCount = 0;
        var badIndex = -1;
        PyObject? bad = null;
        var template = isFilter ? null : (PyList)repl;
        var output = new TextBuffer(0);
        var scan = Scan(loaded, 0, length, count);
        while (scan.Next())
        {
            var m = scan.Spans;
            if (n == 0) output = new TextBuffer(loaded.Length);
            if (last < m[0])
            {
                output.Append(loaded.Chars[last..m[0]]);
                pieceCount++;
            }
            if (template is null)
            {
                var piece = repl.Call1(NewMatch(m, loaded, 0, length));
                if (piece is PyStr p)
                {
                    output.Append(p.Chars);
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
            }
            else
            {
                // A template's piece is never None: it is one piece even when empty.
                foreach (var part in template.Items)
                {
                    if (part is PyStr literal) output.Append(literal.Chars);
                    else
                    {
                        var g = (int)((PyInt)part).Small;
                        if (m[2 * g] >= 0) output.Append(loaded.Chars[m[2 * g]..m[2 * g + 1]]);
                    }
                }
                pieceCount++;
            }
            last = m[1];
            n++;
        }
        ReturnSpans(scan.Spans);
        if (bad is not null)
        {
            output.Dispose();
            // The same TypeError join gives for the first piece that is not a str.
            var empty = new PyStr("");
            var items = new PyObject[badIndex + 1];
            Array.Fill(items, empty);
            items[^1] = bad;
            Operations.Attributes.CallMethod1(empty, "join", new PyList(items));
        }
        PyObject result;
        if (n == 0)
        {
            result = PyStr.IsExact(loaded.Subject) ? loaded.Subject : new PyStr(loaded.Chars.ToString());
        }
        else
        {
            if (last < loaded.Length) output.Append(loaded.Chars[last..]);
            result = output.ToStr();
        }
        return withCount ? PyTuple.Of(result, PyInt.From(n)) : result;
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
                length += s.Chars.Length;
            }
            if (length <= int.MaxValue)
            {
                if (pieces.Count == 1 && PyStr.IsExact(pieces[0])) return pieces[0];
                var output = new TextBuffer((int)length);
                foreach (var piece in pieces) output.Append(((PyStr)piece).Chars);
                return output.ToStr();
            }
        }
        return Operations.Attributes.CallMethod1(empty, "join", new PyList([.. pieces]));
    }

    /// <summary>
    /// Pattern.subn (Pattern.sub when <paramref name="withCount"/> is false) when nothing needs re.py:
    /// a str or bytes subject of this engine's kind, an int count, and a callable or a str without
    /// backslashes for a str subject. NotImplemented otherwise.
    /// </summary>
    internal PyObject TrySub(PyObject repl, PyObject subject, PyObject countArg, bool withCount = true)
    {
        if (countArg is not PyInt { IsSmall: true } count) return PyNotImplemented.Instance;
        if (!Accepts(subject, s_zero, s_zero, out _, out _)) return PyNotImplemented.Instance;
        if (Builtins.BuiltinsModule.IsCallable(repl)) return Sub(subject, repl, true, count.Small, withCount);
        if (repl is PyStr r && subject is PyStr && r.Chars.IndexOf('\\') < 0)
        {
            return SubLiteral(Load(subject), r, count.Small, withCount);
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
        return FindAll(Load(subject), pos, endpos);
    }

    /// <summary>split, or NotImplemented when re.py must check the arguments.</summary>
    internal PyObject TrySplit(PyObject subject, PyObject maxsplitArg)
    {
        if (maxsplitArg is not PyInt { IsSmall: true } maxsplit || !Accepts(subject, s_zero, s_zero, out _, out _)) return PyNotImplemented.Instance;
        return Split(Load(subject), maxsplit.Small);
    }

    /// <summary>Pattern.findall: the whole match, the one group, or a tuple of the groups; "" for a group that did not match.</summary>
    private PyList FindAll(RegexSubject loaded, long pos, long endpos)
    {
        var result = new PyList();
        if (GroupCount == 0)
        {
            // No groups: .NET's allocation-free enumeration gives the same matches until an empty
            // one, after which .NET and Python differ on where the next may start; Scan takes over there.
            var end = loaded.Offset(endpos);
            foreach (var vm in For(0).EnumerateMatches(loaded.Chars[..end], loaded.Offset(pos)))
            {
                if (vm.Length == 0)
                {
                    pos = loaded.Point(vm.Index);
                    goto general;
                }
                result.Append(loaded.Slice(vm.Index, vm.Length));
            }
            return result;
        }
    general:
        var scan = Scan(loaded, pos, endpos, 0);
        while (scan.Next())
        {
            var m = scan.Spans;
            // A group that did not take part gives "".
            if (GroupCount == 0) result.Append(loaded.Slice(m[0], m[1] - m[0]));
            else if (GroupCount == 1) result.Append(GroupText(loaded, m, 1));
            else
            {
                var items = new PyObject[GroupCount];
                for (var i = 1; i <= GroupCount; i++) items[i - 1] = GroupText(loaded, m, i);
                result.Append(PyTuple.FromArray(items));
            }
        }
        ReturnSpans(scan.Spans);
        return result;
    }

    private static PyObject GroupText(RegexSubject loaded, int[] spans, int group)
        => spans[2 * group] >= 0 ? loaded.Slice(spans[2 * group], spans[2 * group + 1] - spans[2 * group]) : loaded.Slice(0, 0);

    /// <summary>Pattern.split: the pieces between matches and every group of each match (None when it did not match).</summary>
    private PyList Split(RegexSubject loaded, long maxsplit)
    {
        var result = new PyList();
        var last = 0;
        long n = 0;
        if (GroupCount == 0 && maxsplit >= 0)
        {
            // No groups: .NET's allocation-free enumeration gives the same matches until an empty one
            // (after which .NET and Python differ on where the next may start); Scan goes on from there.
            var finished = true;
            foreach (var vm in For(0).EnumerateMatches(loaded.Chars))
            {
                if (maxsplit != 0 && n == maxsplit) break;
                if (vm.Length == 0)
                {
                    finished = false;
                    break;
                }
                result.Append(loaded.Slice(last, vm.Index - last));
                last = vm.Index + vm.Length;
                n++;
            }
            if (finished)
            {
                result.Append(loaded.Slice(last, loaded.Length - last));
                return result;
            }
        }
        var scan = Scan(loaded, loaded.Point(last), loaded.Point(loaded.Length), maxsplit == 0 ? 0 : maxsplit - n);
        while (scan.Next())
        {
            var m = scan.Spans;
            result.Append(loaded.Slice(last, m[0] - last));
            for (var i = 1; i <= GroupCount; i++)
            {
                result.Append(m[2 * i] >= 0 ? loaded.Slice(m[2 * i], m[2 * i + 1] - m[2 * i]) : PyNone.Instance);
            }
            last = m[1];
        }
        ReturnSpans(scan.Spans);
        result.Append(loaded.Slice(last, loaded.Length - last));
        return result;
    }

    /// <summary>Pattern.subn with a replacement used as it is (no group references): a str, or bytes as Latin-1 characters.</summary>
    private PyObject SubLiteral(RegexSubject loaded, PyObject replacement, long count, bool withCount = true)
    {
        var output = new TextBuffer(0);
        var last = 0;
        long n = 0;
        var scan = Scan(loaded, 0, loaded.Point(loaded.Length), count);
        var latin1 = (replacement as PyBytes)?.ToLatin1();
        while (scan.Next())
        {
            var m = scan.Spans;
            if (n == 0) output = new TextBuffer(loaded.Length);
            output.Append(loaded.Chars[last..m[0]]);
            if (latin1 is not null) output.Append(latin1);
            else output.Append(((PyStr)replacement).Chars);
            last = m[1];
            n++;
        }
        ReturnSpans(scan.Spans);
        PyObject result;
        if (n == 0 && loaded.IsStr)
        {
            result = PyStr.IsExact(loaded.Subject) ? loaded.Subject : new PyStr(loaded.Chars.ToString());
        }
        else
        {
            output.Append(loaded.Chars[last..]);
            result = loaded.IsStr ? output.ToStr() : PyBytes.FromLatin1(output.ToStringAndDispose());
        }
        return withCount ? PyTuple.Of(result, PyInt.From(n)) : result;
    }

    private PyObject Match(PyObject subject, long pos, long endpos, int mode)
    {
        // Python's endpos makes the string end there ($ and \Z match at it); pos does not make a start (^ does not match there).
        if (subject is PyStr s && !s.HasSurrogatePairs)
        {
            // Offsets are code points: the str's own characters are matched, no subject object made.
            return MatchChars(subject, s.Chars, (int)pos, (int)endpos, pos, endpos, mode, null);
        }
        var loaded = Load(subject);
        return MatchChars(subject, loaded.Chars, loaded.Offset(pos), loaded.Offset(endpos), pos, endpos, mode, loaded);
    }

    private PyObject MatchChars(PyObject subject, ReadOnlySpan<char> text, int start, int end, long pos, long endpos, int mode, RegexSubject? maps)
    {
        if (GroupCount == 0)
        {
            // Only the whole match's span is needed: .NET's allocation-free enumeration gives it
            // without a Match, its group arrays and a substring for endpos.
            foreach (var vm in For(mode).EnumerateMatches(text[..end], start))
            {
                var a = vm.Index;
                var b = vm.Index + vm.Length;
                if (maps is not null)
                {
                    a = maps.Point(a);
                    b = maps.Point(b);
                }
                return new PyMatch(this, subject, pos, endpos, a, b, null);
            }
            return PyNone.Instance;
        }
        var spans = new int[(GroupCount + 1) * 2];
        if (!MatchGroups.Run(For(mode), text, end, start, spans)) return PyNone.Instance;
        if (maps is not null) ToPoints(spans, maps);
        return new PyMatch(this, subject, pos, endpos, spans[0], spans[1], spans);
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
        // try_sub_text(repl, string, count): sub's result, or NotImplemented when re.py must look at the arguments.
        type.Method("try_sub_text", static (self, args, kw) =>
        {
            if (kw is not null || args.Length != 3) throw Errors.TypeError("try_sub_text() takes 3 positional arguments");
            return ((RegexEngine)self).TrySub(args[0], args[1], args[2], withCount: false);
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
            return engine.FindAll(engine.Load(a[0]!), ModuleArgs.Int(a[1]!), ModuleArgs.Int(a[2]!));
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
            return engine.Split(engine.Load(a[0]!), ModuleArgs.Int(a[1]!));
        });
        type.Method("sub_literal", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("sub_literal", args, kw, ["string", "replacement", "count"], 3);
            var engine = (RegexEngine)self;
            var loaded = engine.Load(a[0]!);
            if (a[1] is not (PyStr or PyBytes)) throw Errors.TypeError($"expected str or bytes, got '{a[1]!.Type.TpName}'");
            return engine.SubLiteral(loaded, a[1]!, ModuleArgs.Int(a[2]!));
        });
        // slice(string, start, end): string[start:end] in code points, bytes for a bytes-like subject.
        type.Method("slice", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("slice", args, kw, ["string", "start", "end"], 3);
            var engine = (RegexEngine)self;
            var loaded = engine.Load(a[0]!);
            var start = loaded.Offset(ModuleArgs.Int(a[1]!));
            var end = loaded.Offset(ModuleArgs.Int(a[2]!));
            return loaded.Piece(loaded.Chars[start..end]);
        });
        return type;
    }
}
