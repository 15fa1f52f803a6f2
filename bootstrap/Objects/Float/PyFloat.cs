namespace PyPack.Runtime.Objects;

/// <summary>Python's float: an IEEE double.</summary>
public class PyFloat(double value) : PyObject
{
    public static readonly PyType TypeObject = FloatMethods.CreateType();

    /// <summary>
    /// CPython's NaN (math.nan, float('nan')): the sign bit clear. .NET's double.NaN has it set,
    /// which copysign, struct.pack and -nan would show.
    /// </summary>
    public static readonly double NaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    // Not readonly only for PyInstance.StoreDouble, which overwrites a float that an instance made
    // for one of its attributes and never handed out (nothing else can see the change).
    private double _value = value;

    public double Value => _value;

    /// <summary>Gives this float a new value: only for a float nothing but its maker refers to (PyInstance.StoreDouble).</summary>
    internal void Overwrite(double value) => _value = value;

    public override PyType Type => TypeObject;
    public override string Repr() => FloatRepr.Of(Value);
    public override bool IsTrue() => Value != 0;
    public override long Hash() => FloatHash.Of(Value, this);

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) =>
        FloatArithmetic.TryOperand(other, out var y) ? FloatArithmetic.Binary(op, Value, y) : null;

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        FloatArithmetic.TryOperand(other, out var x) ? FloatArithmetic.Binary(op, x, Value) : null;

    public override PyObject? UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.USub => new PyFloat(-Value),
        UnaryOperator.UAdd => this,
        _ => null,
    };

    public override PyObject? RichCompare(PyObject other, CompareOp op) => other switch
    {
        PyFloat f => PyBool.From(FloatComparison.Compare(Value, f.Value, op)),
        PyInt i => PyBool.From(FloatComparison.Compare(i, Value, op.Swapped())),
        _ => null,
    };
}
