using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Collections;

/// <summary>
/// The <c>_collections</c> module: deque, Counter's counting loop, defaultdict's __missing__ and OrderedDict's reordering, in C# for speed. The public <c>collections</c> module is
/// Lib/collections/__init__.py, which re-exports it, as CPython's does.
/// </summary>
[PythonModule("_collections")]
[PythonExport("deque")]
[PythonExport("_count_elements")]
[PythonExport("_defaultdict_missing")]
[PythonExport("_defaultdict_init")]
[PythonExport("_odict_move_to_end")]
[PythonExport("_odict_move_to_front")]
[PythonExport("_odict_popitem")]
[PythonExport("_odict_iter")]
[PythonExport("_tuplegetter")]
public static class CollectionsModule
{
    public static void Initialize(PyModule module)
    {
        module.Globals.Set("deque", PyDeque.TypeObject);
        module.Globals.Set("_tuplegetter", PyTupleGetter.TypeObject);
        module.Globals.Set("_count_elements", new PyBuiltinFunction("_count_elements", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("_count_elements() takes no keyword arguments");
            if (args.Length != 2) throw Errors.TypeError($"_count_elements expected 2 arguments, got {args.Length}");
            return CountElements.Call(args[0], args[1]);
        }));
        // defaultdict's __missing__, reading the default_factory slot of the class as CPython's C
        // code reads its member (a subclass's property of that name is not asked); the slot reads
        // None when empty, as the C member does.
        module.Globals.Set("_defaultdict_missing", new PyBuiltinFunction("_defaultdict_missing", static (args, kw) =>
        {
            if (kw is { Length: > 0 } || args.Length != 1 || args[0] is not PyType owner || owner.GetOwn("default_factory") is not PySlotDescriptor factory)
                throw Errors.TypeError("_defaultdict_missing(cls) takes a class with a default_factory slot");
            factory.EmptyIsNone = true;
            return new PyBuiltinMethod(owner, "__missing__", (self, key) => DefaultDictMissing(self, key, factory));
        }));
        // defaultdict's __init__(default_factory=None, /, *args, **kwargs), with no Python frame:
        // `defaultdict(list)` is a common call in loops.
        module.Globals.Set("_defaultdict_init", new PyBuiltinFunction("_defaultdict_init", static (args, kw) =>
        {
            if (kw is { Length: > 0 } || args.Length != 1 || args[0] is not PyType owner || owner.GetOwn("default_factory") is not PySlotDescriptor factory)
                throw Errors.TypeError("_defaultdict_init(cls) takes a class with a default_factory slot");
            return new PyBuiltinMethod(owner, "__init__", (self, a, k) => DefaultDictInit(self, a, k, factory));
        }));
        // OrderedDict.move_to_end(key): whether the key was there.
        module.Globals.Set("_odict_move_to_end", new PyBuiltinFunction("_odict_move_to_end", static (args, kw) =>
            PyBool.From(DictArg(args, kw).MoveToEnd(args[1]))));
        // OrderedDict.move_to_end(key, last=False): whether the key was there.
        module.Globals.Set("_odict_move_to_front", new PyBuiltinFunction("_odict_move_to_front", static (args, kw) =>
            PyBool.From(MoveToFront(DictArg(args, kw), args[1]))));
        // iter(od), reversed(od) and its views' iterators: _odict_iter(od, kind, reversed), kind 0 keys, 1 values, 2 items.
        module.Globals.Set("_odict_iter", new PyBuiltinFunction("_odict_iter", static (args, kw) =>
        {
            if (kw is { Length: > 0 } || args.Length != 3 || args[0] is not PyDictSubclass od || args[1] is not PyInt { IsSmall: true, Small: >= 0 and <= 2 } kind)
                throw Errors.TypeError("expected (OrderedDict, kind, reversed)");
            return new OrderedDictIterator(od, (DictIterator.Kind)kind.Small, Truth.IsTrue(args[2]));
        }));
        // OrderedDict.popitem(last): the pair from that end, KeyError when empty.
        module.Globals.Set("_odict_popitem", new PyBuiltinFunction("_odict_popitem", static (args, kw) =>
        {
            var d = DictArg(args, kw);
            var pair = Truth.IsTrue(args[1]) ? d.PopLast() : PopFirst(d);
            return pair is { } p ? PyTuple.Of(p.Key, p.Value) : throw Errors.KeyError(new PyStr("dictionary is empty"));
        }));
    }

    // An OrderedDict keeps where the last pop from the front stopped; any other dict starts from its first entry.
    private static (PyObject Key, PyObject Value)? PopFirst(PyDict d)
    {
        if (d is PyDictSubclass sub) return d.PopFirst(ref sub.FirstEntry);
        var fromStart = default(PyDict.FirstEntryHint);
        return d.PopFirst(ref fromStart);
    }

    // An OrderedDict keeps the room it has left before its first entry; any other dict makes room anew.
    private static bool MoveToFront(PyDict d, PyObject key)
    {
        if (d is PyDictSubclass sub) return d.MoveToFront(key, ref sub.FirstEntry);
        var fresh = default(PyDict.FirstEntryHint);
        return d.MoveToFront(key, ref fresh);
    }

    private static PyDict DictArg(ReadOnlySpan<PyObject> args, string[]? kw) =>
        kw is not { Length: > 0 } && args.Length == 2 && args[0] is PyDict d ? d : throw Errors.TypeError("expected (dict, argument)");

    /// <summary>
    /// defaultdict's <c>__init__</c>: the factory is the first positional argument (callable or
    /// None), the rest fill the dict as dict's own __init__ does, then the factory is stored in
    /// its member (whatever a subclass defines under that name).
    /// </summary>
    private static PyObject DefaultDictInit(PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames, PySlotDescriptor slot)
    {
        var factory = (PyObject)PyNone.Instance;
        if (Args.PositionalCount(args, kwnames) > 0)
        {
            factory = args[0];
            args = args[1..];
        }
        if (factory is not PyNone && !Builtins.BuiltinsModule.IsCallable(factory)) throw Errors.TypeError("first argument must be callable or None");
        DictMethods.UpdateFromArgs(self as PyDict ?? throw Errors.TypeError("descriptor '__init__' requires a 'dict' object"), "dict", args, kwnames);
        slot.SetValue(self, factory);
        return PyNone.Instance;
    }

    /// <summary>
    /// defaultdict's <c>__missing__</c>: KeyError without a factory, else the factory's value, stored
    /// through <c>self[key] = value</c> (a subclass's <c>__setitem__</c> runs, as in CPython).
    /// </summary>
    private static PyObject DefaultDictMissing(PyObject self, PyObject key, PySlotDescriptor slot)
    {
        var factory = slot.GetValue(self);
        if (factory is PyNone) throw Errors.KeyError(key);
        var made = factory.Call0();
        // A builtin method runs with self's hooks quiet (BuiltinSubclass); this store is CPython's
        // PyObject_SetItem, which a subclass's __setitem__ answers.
        BuiltinSubclass.SetItemDispatching(self, key, made);
        return made;
    }
}
