namespace PyPack.Runtime.Objects;

/// <summary><c>__slots__</c>: fixed attribute slots instead of an instance dict.</summary>
internal static class SlotsLayout
{
    public static void Apply(PyType type, PyDict ns)
    {
        var inherited = 0;
        var baseHasDict = false;
        foreach (var b in type.Bases)
        {
            inherited = Math.Max(inherited, b.SlotCount);
            if (b.IsHeapType && b.HasInstanceDict) baseHasDict = true;
        }
        if (ns.TryGetStr("__slots__") is not { } declared)
        {
            type.SlotCount = inherited;
            type.HasInstanceDict = true;
            return;
        }
        var names = declared is PyStr one ? [one] : Operations.Iteration.ToArray(declared);
        var index = inherited;
        var wantsDict = false;
        foreach (var n in names)
        {
            if (n is not PyStr s) throw Errors.TypeError($"__slots__ items must be strings, not '{n.Type.Name}'");
            if (s.Value == "__dict__")
            {
                wantsDict = true;
                continue;
            }
            if (s.Value == "__weakref__") continue;
            if (type.GetOwn(s.Value) is not null && type.GetOwn(s.Value) is not PySlotDescriptor)
            {
                throw Errors.ValueError($"'{s.Value}' in __slots__ conflicts with class variable");
            }
            type.SetAttribute(s.Value, new PySlotDescriptor(type, s.Value, index++));
        }
        type.SlotCount = index;
        type.HasInstanceDict = wantsDict || baseHasDict;
    }
}
