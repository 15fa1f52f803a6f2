using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Pickle;

/// <summary>
/// Whether instances of a class pickle and unpickle exactly as object's defaults describe them, so
/// the pickler and unpickler can do what those defaults would without calling them. Pickling:
/// object.__reduce_ex__(protocol >= 2) gives (copyreg.__newobj__, (cls,), object.__getstate__()),
/// which the pickler writes as cls, EMPTY_TUPLE, NEWOBJ, then the state and BUILD; that holds while
/// the class's lookups of __reduce_ex__, __reduce__, __getstate__ and __class__ find object's, it
/// has no __getnewargs_ex__ or __getnewargs__, and attribute access is object's own. Unpickling:
/// BUILD sets the state's items into the instance dict while the class has no __setstate__, its
/// __dict__ is the usual one and attribute access is object's own. Answers are cached per class
/// and version tag (any change to the class or its bases makes a new tag).
/// </summary>
internal static class PlainReduction
{
    private sealed class Answer(PyType type, int tag, bool pickles, bool builds, PyObject? slotNames)
    {
        public readonly PyType Type = type;
        public readonly int Tag = tag;
        public readonly bool Pickles = pickles;
        public readonly bool Builds = builds;
        // The class's __slotnames__ (a list, or None) when Pickles: read again at each use, as the
        // list may change in place.
        public readonly PyObject? SlotNames = slotNames;
    }

    // A few classes at a time: answers are replaced, never changed, so a reader on another thread
    // sees a whole one or none.
    private static readonly Answer?[] s_recent = new Answer?[16];

    private static PyObject? s_reduceEx;
    private static PyObject? s_reduce;
    private static PyObject? s_getState;
    private static PyObject? s_class;

    /// <summary>
    /// Whether <paramref name="type"/>'s instances (exact <see cref="PyInstance"/>s) are pickled by
    /// object's default recipe; <paramref name="slotNames"/> is then the class's __slotnames__ (a
    /// list, or None), made by copyreg._slotnames the first time as CPython does.
    /// </summary>
    public static bool Pickles(PyType type, out PyObject? slotNames)
    {
        var answer = AnswerFor(type, forPickling: true);
        slotNames = answer.SlotNames;
        return answer.Pickles;
    }

    /// <summary>Whether BUILD on an instance of <paramref name="type"/> (an exact <see cref="PyInstance"/>) finds no __setstate__ on the class and sets the state into the instance dict.</summary>
    public static bool Builds(PyType type) => AnswerFor(type, forPickling: false).Builds;

    private static Answer AnswerFor(PyType type, bool forPickling)
    {
        var slot = (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(type) >> 3) & (s_recent.Length - 1);
        var answer = s_recent[slot];
        // An answer made for the unpickler does not know the slot names: the pickler asks again.
        if (answer is not null && ReferenceEquals(answer.Type, type) && answer.Tag == type.VersionTag && (!forPickling || !answer.Pickles || answer.SlotNames is not null))
        {
            return answer;
        }
        answer = Decide(type, forPickling);
        s_recent[slot] = answer;
        return answer;
    }

    private static Answer Decide(PyType type, bool forPickling)
    {
        if (s_reduceEx is null)
        {
            var o = PyType.ObjectType;
            s_reduce = o.GetOwn("__reduce__");
            s_getState = o.GetOwn("__getstate__");
            s_class = o.GetOwn("__class__");
            s_reduceEx = o.GetOwn("__reduce_ex__");
        }
        var plain = type.IsHeapType && ReferenceEquals(type.SolidBase, PyType.ObjectType) && InstanceAttributes.HasPlainGetAttribute(type);
        var pickles = plain
            && ReferenceEquals(type.Lookup("__reduce_ex__"), s_reduceEx)
            && ReferenceEquals(type.Lookup("__reduce__"), s_reduce)
            && ReferenceEquals(type.Lookup("__getstate__"), s_getState)
            && ReferenceEquals(type.Lookup("__class__"), s_class)
            && type.Lookup("__getnewargs_ex__") is null
            && type.Lookup("__getnewargs__") is null;
        var builds = plain
            && type.HasInstanceDict
            && type.Lookup("__setstate__") is null
            && type.Lookup("__dict__") is PyGetSetDescriptor;
        PyObject? slotNames = null;
        if (pickles && forPickling)
        {
            // CPython's _PyType_GetSlotNames: the class's own __slotnames__, else copyreg's
            // _slotnames(cls), which stores it there (a new version tag, read after it).
            slotNames = type.GetOwn("__slotnames__") ?? Attributes.CallMethod1(Imports.Import("copyreg"), "_slotnames", type);
            if (slotNames is not PyNone && slotNames.GetType() != typeof(PyList))
            {
                // Not a list: the general path reports it.
                pickles = false;
                slotNames = null;
            }
        }
        return new Answer(type, type.VersionTag, pickles, builds, slotNames);
    }
}
