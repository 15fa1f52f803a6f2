namespace PyPack.Runtime.Objects;

/// <summary><c>__slots__</c>: fixed attribute slots instead of an instance dict.</summary>
internal static class SlotsLayout
{
    /// <summary>A private <c>__name</c> in __slots__ is mangled with the class's name, as names in its body are.</summary>
    private static string Mangled(PyType type, string name)
    {
        if (!name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal)) return name;
        var owner = type.Name.TrimStart('_');
        return owner.Length == 0 ? name : "_" + owner + name;
    }

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
            if (n is not PyStr s) throw Errors.TypeError($"__slots__ items must be strings, not '{n.Type.TpName}'");
            if (s.Value == "__dict__")
            {
                wantsDict = true;
                continue;
            }
            if (s.Value == "__weakref__") continue;
            var slot = Mangled(type, s.Value);
            if (type.GetOwn(slot) is not null && type.GetOwn(slot) is not PySlotDescriptor)
            {
                throw Errors.ValueError($"'{s.Value}' in __slots__ conflicts with class variable");
            }
            type.SetAttribute(slot, new PySlotDescriptor(type, slot, index++));
        }
        type.SlotCount = index;
        type.HasInstanceDict = wantsDict || baseHasDict;
    }
}
