using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Re;

/// <summary>
/// <c>re.Match</c>: the spans of one match, in code points, and the subject they point into. It is
/// native so that making one and reading its groups costs no Python frames; group strings are only
/// cut from the subject when asked for.
/// </summary>
internal sealed class PyMatch : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly RegexEngine _engine;
    private readonly PyObject _subject;
    private readonly int _pos;
    private readonly int _endpos;
    // The whole match's code point span, and for a pattern with groups every group's (start, end),
    // -1 for a group that did not take part (group 0 included, so the array is indexed by group):
    // a match of a pattern without groups is one object.
    private readonly int _start;
    private readonly int _end;
    private readonly int[]? _spans;

    public PyMatch(RegexEngine engine, PyObject subject, long pos, long endpos, int start, int end, int[]? spans)
    {
        _engine = engine;
        _subject = subject;
        // Positions are clamped to the subject's length, which is an int.
        _pos = (int)pos;
        _endpos = (int)endpos;
        _start = start;
        _end = end;
        _spans = spans;
    }

    /// <summary>Where group <paramref name="index"/> starts, -1 when it did not take part.</summary>
    private int StartOf(int index) => index == 0 ? _start : _spans![2 * index];

    /// <summary>Where group <paramref name="index"/> ends, -1 when it did not take part.</summary>
    private int EndOf(int index) => index == 0 ? _end : _spans![2 * index + 1];

    public override PyType Type => TypeObject;


    /// <summary>The string of group <paramref name="index"/>, or <paramref name="fallback"/> when it did not take part.</summary>
    public PyObject Get(int index, PyObject fallback)
    {
        var a = StartOf(index);
        if (a < 0) return fallback;
        var b = EndOf(index);
        // A str without surrogate pairs is indexed by UTF-16 offset already: cut it directly.
        if (_subject is PyStr { HasSurrogatePairs: false } s)
        {
            return (b - a) switch
            {
                0 => PyStr.Empty,
                1 => StrCache.OfChar(s.Chars[a]),
                _ => PyStr.Unpaired(s.Chars[a..b]),
            };
        }
        return _engine.SliceOf(_subject, a, b);
    }

    /// <summary>The group number <paramref name="group"/> names (an int, a group name, or an object with __index__).</summary>
    private int Index(PyObject group)
    {
        // An exact int first: `case PyInt` is a call that walks the class chain.
        if (group.GetType() == typeof(PyInt))
        {
            var n = Unsafe.As<PyInt>(group).Small;
            if (n >= 0 && n <= _engine.GroupCount) return (int)n;
            throw Errors.IndexError("no such group");
        }
        while (true)
        {
            switch (group)
            {
                case PyInt i:
                    if (i.IsSmall && i.Small >= 0 && i.Small <= _engine.GroupCount) return (int)i.Small;
                    throw Errors.IndexError("no such group");
                case PyStr:
                    if (_engine.GroupIndex.TryGet(group) is PyInt gid) return (int)gid.Small;
                    throw Errors.IndexError("no such group");
            }
            if (group.Type.Lookup("__index__") is null) throw Errors.IndexError("no such group");
            group = Attributes.CallMethod0(group, "__index__");
        }
    }

    private PyObject LastIndex()
    {
        var index = LastGroupNumber();
        return index == 0 ? PyNone.Instance : PyInt.From(index);
    }

    /// <summary>The number of the group that closed last, 0 when no group took part.</summary>
    private int LastGroupNumber()
    {
        // The group that closed last: the greatest end, and on a tie the group that is not an
        // ancestor of the one found so far (an enclosing group closes after the groups it holds).
        var best = 0;
        long bestEnd = -1;
        for (var g = 1; g <= _engine.GroupCount; g++)
        {
            var end = _spans![2 * g + 1];
            if (end < 0) continue;
            if (best == 0 || end > bestEnd)
            {
                best = g;
                bestEnd = end;
            }
            else if (end == bestEnd && !IsAncestor(best, g))
            {
                best = g;
            }
        }
        return best;
    }

    private bool IsAncestor(int a, int g)
    {
        var parents = _engine.Parents;
        while (g != 0)
        {
            g = parents[g];
            if (g == a) return true;
        }
        return false;
    }

    private PyTuple Span(int index) => PyTuple.Of(PyInt.From(StartOf(index)), PyInt.From(EndOf(index)));

    private PyObject Group(ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0) return Get(0, PyNone.Instance);
        if (args.Length == 1) return Get(Index(args[0]), PyNone.Instance);
        var items = new PyObject[args.Length];
        for (var i = 0; i < args.Length; i++) items[i] = Get(Index(args[i]), PyNone.Instance);
        return PyTuple.FromArray(items);
    }

    public override PyObject? GetItem(PyObject key) => Get(Index(key), PyNone.Instance);

    public override string Repr() => $"<re.Match object; span=({_start}, {_end}), match={Get(0, PyNone.Instance).Repr()}>";

    /// <summary>The optional positional-only group of start/end/span, with CPython's messages.</summary>
    private static int GroupArg(string function, ReadOnlySpan<PyObject> args, string[]? kw, PyMatch self)
    {
        if (kw is not null) throw Errors.TypeError($"Match.{function}() takes no keyword arguments");
        if (args.Length > 1) throw Errors.TypeError($"{function} expected at most 1 argument, got {args.Length}");
        return args.Length == 0 ? 0 : self.Index(args[0]);
    }

    private static PyObject DefaultArg(string function, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is null && args.Length <= 1) return args.Length == 0 ? PyNone.Instance : args[0];
        return ModuleArgs.Bind(function, args, kw, ["default"], 0)[0] ?? PyNone.Instance;
    }

    private static PyType CreateType()
    {
        var type = new PyType("Match", null) { Module = "re", TpName = "re.Match" };
        // Only matching makes matches, as in CPython.
        type.Constructor = static (args, kw) => throw Errors.TypeError("cannot create 're.Match' instances");
        type.Property("re", static self => ((PyMatch)self)._engine.Owner);
        type.Property("string", static self => ((PyMatch)self)._subject);
        type.Property("pos", static self => PyInt.From(((PyMatch)self)._pos));
        type.Property("endpos", static self => PyInt.From(((PyMatch)self)._endpos));
        type.Property("regs", static self =>
        {
            var m = (PyMatch)self;
            var items = new PyObject[m._engine.GroupCount + 1];
            for (var g = 0; g < items.Length; g++) items[g] = m.Span(g);
            return PyTuple.FromArray(items);
        });
        type.Property("lastindex", static self => ((PyMatch)self).LastIndex());
        type.Property("lastgroup", static self =>
        {
            var m = (PyMatch)self;
            var index = m.LastGroupNumber();
            return index == 0 ? PyNone.Instance : m._engine.GroupNames[index] ?? PyNone.Instance;
        });
        type.Method("group", static (self, args, kw) =>
        {
            if (kw is not null) throw Errors.TypeError("Match.group() takes no keyword arguments");
            return ((PyMatch)self).Group(args);
        });
        type.Method("__getitem__", static (self, key) => ((PyMatch)self).GetItem(key)!);
        type.Method("groups", static (self, args, kw) =>
        {
            var m = (PyMatch)self;
            var fallback = DefaultArg("groups", args, kw);
            var items = new PyObject[m._engine.GroupCount];
            for (var g = 1; g <= items.Length; g++) items[g - 1] = m.Get(g, fallback);
            return PyTuple.FromArray(items);
        });
        type.Method("groupdict", static (self, args, kw) =>
        {
            var m = (PyMatch)self;
            var fallback = DefaultArg("groupdict", args, kw);
            var result = new PyDict();
            var pos = 0;
            while (m._engine.GroupIndex.NextEntry(ref pos, out var name, out var gid)) result.Set(name, m.Get((int)((PyInt)gid).Small, fallback));
            return result;
        });
        type.Method("start", static (self, args, kw) =>
        {
            var m = (PyMatch)self;
            return PyInt.From(m.StartOf(GroupArg("start", args, kw, m)));
        });
        type.Method("end", static (self, args, kw) =>
        {
            var m = (PyMatch)self;
            return PyInt.From(m.EndOf(GroupArg("end", args, kw, m)));
        });
        type.Method("span", static (self, args, kw) =>
        {
            var m = (PyMatch)self;
            return m.Span(GroupArg("span", args, kw, m));
        });
        // Templates are parsed and expanded by re.py (the same code sub uses).
        type.Method("expand", static (self, template) => Attributes.CallMethod2(((PyMatch)self)._engine.Owner, "_expand", template, self));
        type.Method("__copy__", static self => self);
        type.Method("__deepcopy__", static (self, memo) => self);
        return type;
    }
}
