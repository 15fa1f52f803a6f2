namespace PyPack.Runtime.Objects;

/// <summary><c>True</c> and <c>False</c>: a subclass of int, as in Python, two instances.</summary>
public sealed class PyBool : PyInt
{
    public static new readonly PyType TypeObject = CreateType();
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);

    private PyBool(bool value) : base(value ? 1 : 0) { }

    public static PyBool From(bool value) => value ? True : False;

    public bool Value => Small != 0;

    public override PyType Type => TypeObject;
    public override string Repr() => Value ? "True" : "False";
    public override bool IsTrue() => Value;

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is PyBool b && op is BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor)
        {
            return From(op switch
            {
                BinaryOperator.BitAnd => Value & b.Value,
                BinaryOperator.BitOr => Value | b.Value,
                _ => Value ^ b.Value,
            });
        }
        return base.BinaryOp(op, other);
    }

    private static PyType CreateType()
    {
        var type = new PyType("bool", PyInt.TypeObject);
        type.Constructor = static (args, kwnames) =>
        {
            if (kwnames is { Length: > 0 }) throw Errors.TypeError("bool() takes no keyword arguments");
            if (args.Length > 1) throw Errors.TypeError($"bool expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? False : From(Operations.Truth.IsTrue(args[0]));
        };
        return type;
    }
}
