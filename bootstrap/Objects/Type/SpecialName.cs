namespace PyPack.Runtime.Objects;

/// <summary>
/// The dunders the runtime looks up on every operation on an instance (CPython's type slots):
/// <see cref="PyType.LookupSpecial"/> keeps what each resolves to per type version in an array,
/// so an operator or a class call costs an index instead of a name lookup. The binary operators
/// take 13 entries each from <see cref="Binary"/>, <see cref="Reflected"/> and <see cref="InPlace"/>
/// on, in <see cref="BinaryOperator"/> order; comparisons 6 from <see cref="Compare"/>, in <see cref="CompareOp"/> order.
/// </summary>
public enum SpecialName
{
    Init,
    New,
    GetAttribute,
    GetAttr,
    SetAttr,
    DelAttr,
    Call,
    Binary,
    Reflected = Binary + 13,
    InPlace = Reflected + 13,
    Compare = InPlace + 13,
    Count = Compare + 6,
}

/// <summary>The dunder names of <see cref="SpecialName"/>.</summary>
public static class SpecialNames
{
    private static readonly string[] s_names = Build();

    public static string Of(SpecialName id) => s_names[(int)id];

    public static SpecialName Binary(BinaryOperator op) => SpecialName.Binary + (int)op;
    public static SpecialName Reflected(BinaryOperator op) => SpecialName.Reflected + (int)op;
    public static SpecialName InPlace(BinaryOperator op) => SpecialName.InPlace + (int)op;
    public static SpecialName Compare(CompareOp op) => SpecialName.Compare + (int)op;

    private static string[] Build()
    {
        var names = new string[(int)SpecialName.Count];
        names[(int)SpecialName.Init] = "__init__";
        names[(int)SpecialName.New] = "__new__";
        names[(int)SpecialName.GetAttribute] = "__getattribute__";
        names[(int)SpecialName.GetAttr] = "__getattr__";
        names[(int)SpecialName.SetAttr] = "__setattr__";
        names[(int)SpecialName.DelAttr] = "__delattr__";
        names[(int)SpecialName.Call] = "__call__";
        foreach (var op in BinaryOperatorExtensions.All)
        {
            names[(int)Binary(op)] = SpecialMethods.BinaryName(op);
            names[(int)Reflected(op)] = SpecialMethods.ReflectedName(op);
            names[(int)InPlace(op)] = SpecialMethods.InPlaceName(op);
        }
        foreach (var op in CompareOpExtensions.All) names[(int)Compare(op)] = SpecialMethods.CompareName(op);
        return names;
    }
}
