namespace PyPack.Compiler.Emit;

/// <summary>
/// The C# representation an emitted expression has. Everything can be a PyObject; conditions
/// stay C# bools; arithmetic on numbers is a Runtime.Operations.Unboxed struct (Unboxed), boxed
/// only where the value escapes.
/// </summary>
public enum ValueKind { Object, Bool, Unboxed }
