using System.Text;
using PyPack.Compiler.Diagnostics;

namespace PyPack.Compiler.Tests.Emit;

public class ModuleEmitterTests
{
    private static CompiledModule Compile(string source) =>
        Compilation.CompileModule("__main__", "/src/app.py", Encoding.UTF8.GetBytes(source));

    private const string Program = "import sys\n\ndef fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(10), 2.5, 'x', 10**30)\n";

    [Fact]
    public void Generated_code_is_byte_identical_run_to_run() =>
        Compile(Program).CSharp.ShouldBe(Compile(Program).CSharp);

    [Fact]
    public void A_module_is_one_class_with_cells_for_globals_and_a_method_per_function()
    {
        var m = Compile(Program);
        m.ClassName.ShouldBe("Module___main__");
        m.Imports.ShouldBe(["sys"]);
        m.CSharp.ShouldContain("internal static class Module___main__");
        m.CSharp.ShouldContain("public static void Execute(PyModule module)");
        m.CSharp.ShouldContain("private static GlobalCell G_fib = null!;");
        m.CSharp.ShouldContain("private static PyObject Fn_fib(PyObject p0)");
        m.CSharp.ShouldContain("FunctionInfo Info_Fn_fib = new(\"fib\", \"fib\", new string[] { \"n\" }, Code_Fn_fib);");
    }

    [Fact]
    public void Calls_of_a_module_level_def_are_direct_behind_a_guard()
    {
        var m = Compile("def f(a, b=2):\n    return a\n\ndef g():\n    return [f(1) + f(b=3, a=4)]\n\n@d\ndef h():\n    pass\n\nh()\n");
        m.CSharp.ShouldContain("G_f.Value = (Def_f = FunctionSetup.Define(");
        // f(1) passes a proven int: the numeric entry, unboxed in and out, behind the same guard
        // (first in g's return, it leaves its exception pending for g's own variant to return).
        m.CSharp.ShouldContain("ReferenceEquals(callee, Def_f) && Def_f!.Defaults is { Length: >= 1 } d ? Fn_f_u(a0, d[^1]) : Unboxed.Of(callee.Call1(a0.Box()));");
        // The second call, next once the first is made, goes to the variant too, keywords in the def's order.
        m.CSharp.ShouldContain("ReferenceEquals(callee, Def_f) ? Fn_f_v(a1, a0) : callee.Call([a0, a1], KW0);");
        // The global's load moves the frame to the name's position only if it raises (NameError).
        m.CSharp.ShouldMatch(@"Call_Fn_f_v\(G_f.Get\(ref line, -\d+\), K");
        // A parameter is read without the unbound check.
        var k = Compile("def k(s):\n    return s.upper()\n");
        k.CSharp.ShouldContain("l_s!");
        k.CSharp.ShouldNotContain("UnboundLocal(");
    }

    [Fact]
    public void Numbers_computed_unboxed_are_stored_into_attributes_and_read_from_them_unboxed()
    {
        var m = Compile("class P:\n    def move(self, d):\n        self.x += d * 1.0\n        self.y = self.x * 2.0\n        self.a, self.b = self.y / 2, 'n'\n        self.s = self.x\n");
        // o.x op= number: read and stored unboxed (the instance may reuse its float).
        m.CSharp.ShouldMatch(@"Attributes.SetAttrUnboxed\(t\d+, A\d+, Place.After<Unboxed>\(Unboxed.AddInPlace\(Attributes.GetAttrUnboxed\(t\d+, A\d+\), ");
        // o.y = number, from an Unboxed temporary.
        m.CSharp.ShouldMatch(@"(t\d+) = Place.After<Unboxed>\(Unboxed.Multiply\(Place.Then<Unboxed>\(line = -\d+, Attributes.GetAttrUnboxed\(l_self!, A\d+\)\)[^\n]*\n\s*Attributes.SetAttrUnboxed\(l_self!, A\d+, \1\);");
        // A parallel assignment stores its numeric item unboxed, the other as before.
        m.CSharp.ShouldMatch(@"Attributes.SetAttrUnboxed\(l_self!, A\d+, t\d+\);\s*\n[^\n]*\n[^\n]*\n\s*Attributes.SetAttr\(l_self!, A\d+, t\d+\);");
        // A plain copy of an attribute is not a number the compiler knows: read boxed as before.
        m.CSharp.ShouldMatch(@"Place.After<PyObject>\(Attributes.GetAttr\(l_self!, A\d+\)");
    }

    [Fact]
    public void A_method_returning_numbers_is_called_through_its_numeric_entry_behind_the_method_guard()
    {
        var m = Compile("class V:\n    def dot(self, o, k):\n        return self.x * o.x * k\n\n    def name(self):\n        return 'v'\n\ndef f(a, b):\n    t = a.dot(b, 2.0) + 1\n    return t\n");
        // The ordinary entry (the class's function object) boxes around the numeric one.
        m.CSharp.ShouldContain("private static PyObject Fn_dot(PyObject p0, PyObject p1, PyObject p2) => Fn_dot_u(p0, p1, Unboxed.Of(p2)).BoxOrNull() ?? throw PendingException.Take();");
        m.CSharp.ShouldContain("private static Unboxed Fn_dot_u(PyObject p0, PyObject p1, Unboxed p2)");
        // The call passes 2.0 unboxed and keeps the result unboxed while o's class gives this def
        // (first in its statement, its exception is left pending for f's variant to return).
        m.CSharp.ShouldContain("Attributes.IsInstanceFunction(o, site, Def_dot) ? Fn_dot_u(o, a0, a1) : Unboxed.Of(Attributes.CallMethod2(o, site, a0, a1.Box()));");
        m.CSharp.ShouldMatch(@"CallMethod_Fn_dot_u\(l_a!, A\d+, l_b!, Unboxed.Float\(2d\)\)");
        // A method that returns something else keeps the plain direct call.
        m.CSharp.ShouldNotContain("Fn_name_u");
    }

    [Fact]
    public void A_raise_the_caller_handles_is_a_null_return_not_a_throw()
    {
        var m = Compile("def check(i):\n    if i:\n        raise KeyError(i)\n    return i\n\ndef run(n):\n    t = 0\n    try:\n        t += check(n)\n    except KeyError:\n        pass\n    return check(t)\n\ndef gen():\n    yield check(1)\n");
        // The entry throws what the variant left pending; the variant returns null instead of throwing.
        m.CSharp.ShouldContain("private static PyObject Fn_check(PyObject p0) => Fn_check_v(p0) ?? throw PendingException.Take();");
        m.CSharp.ShouldContain("return PendingException.Set(ExceptionHandling.RaiseHere(Raising.Raise(");
        // The caller takes it: a jump to its handler in the try, a null return of its own outside.
        m.CSharp.ShouldMatch(@"= Call_Fn_check_v\(G_check.Get\(ref line, -\d+\), ");
        // The frame is recorded at the call's position (a constant: nothing stored it on the way).
        m.CSharp.ShouldMatch(@"= ExceptionHandling.RaiseHere\(PendingException.Take\(\), Code_Fn_run, -\d+\);");
        m.CSharp.ShouldMatch(@"return PendingException.Set\(ExceptionHandling.RaiseHere\(PendingException.Take\(\), Code_Fn_run, -\d+\)\);");
        // A generator has no variant, and calls in it stay ordinary.
        m.CSharp.ShouldNotContain("Fn_gen_v");
        m.CSharp.ShouldMatch(@"Call_Fn_check\(G_check.Get\(ref frame.Line, -\d+\), K");
    }

    [Fact]
    public void A_method_defined_by_several_classes_is_called_through_the_def_the_receivers_class_gives()
    {
        var m = Compile("class A:\n    def ev(self, env, k=1):\n        return 1\n\nclass B:\n    def ev(self, env):\n        return 2\n\n"
            + "def run(nodes, env):\n    t = []\n    for n in nodes:\n        t.append(n.ev(env))\n    return t\n");
        // One helper compares the function n's class gives with each def, each in its own block (own
        // guard variables), and calls the body variants: a raise in either is left pending for run.
        m.CSharp.ShouldContain("private static PyObject? CallMethods_ev(PyObject o, AttributeSite site, PyObject a0)");
        m.CSharp.ShouldContain("if (Attributes.InstanceFunctionOf(o, site) is { } f)");
        m.CSharp.ShouldContain("{ if (ReferenceEquals(f, Def_ev) && Def_ev!.Defaults is { Length: >= 1 } d) return Fn_ev_v(o, a0, d[^1]); }");
        m.CSharp.ShouldContain("{ if (ReferenceEquals(f, Def_ev_2)) return Fn_ev_2_v(o, a0); }");
        m.CSharp.ShouldContain("return Attributes.CallMethod1(o, site, a0);");
        m.CSharp.ShouldMatch(@"(t\d+) = CallMethods_ev\(l_n!, A\d+, l_env!\);\s*\n\s*if \(\1 is null\)");
    }

    [Fact]
    public void A_super_method_call_passes_the_checked_class_and_first_argument_without_a_super_object()
    {
        var m = Compile("class A:\n    def m(self, x, y=0):\n        return x\n\n"
            + "class B(A):\n    def m(self, x, y=0):\n        return super().m(x) + super().m(x, y)\n\n"
            + "    def many(self):\n        return super().m(1, 2, 3)\n\n"
            + "    def attr(self):\n        return super().m\n");
        // Up to two positionals: super()'s checks where it stands, then the call with the first argument.
        // (No def's numeric entry is taken for them: the def super() finds is not known.)
        m.CSharp.ShouldMatch(@"Attributes.CallSuperMethod1\(Place.After<PyObject>\(PySuper.ZeroArgumentClass\(f___class__, l_self\), line = -\d+\), l_self!, A\d+, l_x!\)");
        m.CSharp.ShouldMatch(@"Attributes.CallSuperMethod2\(Place.After<PyObject>\(Place.Then<PyObject>\(line = -\d+, PySuper.ZeroArgumentClass\(f___class__, l_self\)\), line = -\d+\), l_self!, A\d+, l_x!, l_y!\)");
        // More arguments, and super().m read without a call, keep the super object.
        m.CSharp.ShouldMatch(@"Attributes.CallMethod\(Place.After<PyObject>\(PySuper.ZeroArgument\(f___class__, l_self\)");
        m.CSharp.ShouldMatch(@"Attributes.GetAttr\(Place.After<PyObject>\(PySuper.ZeroArgument\(f___class__, l_self\), line = -\d+\), A\d+\)");
    }

    [Fact]
    public void A_class_call_binds_its_arguments_to_the_classs_own_init_at_build_time()
    {
        var m = Compile("class W:\n    def __init__(self, name, width=1, *, depth=2):\n        self.name = name\n\n"
            + "def make(i):\n    return W('w', depth=i)\n");
        // While calling W is object.__new__ plus this very __init__, the instance is made here and the
        // __init__'s C# method gets the arguments (defaults read at each call); otherwise the general call.
        m.CSharp.ShouldContain("if (TypeCalls.PlainClassWithInit(callee, Def___init__) is { } cls && Def___init__!.Defaults is { Length: >= 1 } d)");
        m.CSharp.ShouldContain("var o = new PyInstance(cls);");
        m.CSharp.ShouldContain("return TypeCalls.Initialized(o, Fn___init__(o, a0, d[^1], a1));");
        m.CSharp.ShouldMatch(@"return callee.Call\(\[a0, a1\], KW\d*\);");
    }

    [Fact]
    public void A_send_under_a_handler_takes_the_generators_end_pending()
    {
        var m = Compile("def run(coro):\n    try:\n        coro.send(None)\n    except StopIteration as e:\n        return e.value\n\ndef gen(g):\n    try:\n        yield g.send(1)\n    except StopIteration:\n        pass\n");
        // The driver's send goes through PendingCalls: a generator's or coroutine's StopIteration is a null, not a throw.
        m.CSharp.ShouldMatch(@"= PendingCalls.Send\(l_coro!, A\d+, PyNone.Instance\);");
        // A generator body keeps the ordinary method call.
        m.CSharp.ShouldMatch(@"Attributes.CallMethod1\(l_g!, A\d+, K\d+\)");
    }

    [Fact]
    public void Methods_divisions_and_numeric_subscripts_under_a_handler_leave_their_error_pending()
    {
        var m = Compile("class C:\n    def m(self, i):\n        if i:\n            raise KeyError(i)\n        return 'x'\n\n"
            + "def run(o, l, n):\n    t = 0\n    for i in range(n):\n        try:\n            s = o.m(i)\n            t += l[i - 1]\n            t += 100 // i\n            t += i // 4\n        except Exception:\n            pass\n    u = l[n + 1]\n    return t // n\n");
        // A direct method has a body variant, and o.m(i) under the handler calls it through a guarded helper.
        m.CSharp.ShouldContain("private static PyObject Fn_m(PyObject p0, PyObject p1) => Fn_m_v(p0, p1) ?? throw PendingException.Take();");
        m.CSharp.ShouldContain("Attributes.IsInstanceFunction(o, site, Def_m) ? Fn_m_v(o, a0) : Attributes.CallMethod1(o, site, a0);");
        m.CSharp.ShouldMatch(@"= CallMethod_Fn_m_v\(l_o!, A\d+, ");
        // l[i - 1] and 100 // i go ahead of their statements; a nonzero constant divisor does not.
        m.CSharp.ShouldMatch(@"= Unboxed.GetItemOrPending\(l_l!, ");
        m.CSharp.ShouldMatch(@"= Unboxed.FloorDivideOrPending\(Unboxed.Int\(100L\), n_i, ref line, -\d+\);");
        m.CSharp.ShouldMatch(@"Unboxed.FloorDivide\(n_i, Unboxed.Int\(4L\)");
        // Outside a handler the numeric reads and divisions keep their inlined forms.
        m.CSharp.ShouldMatch(@"Unboxed.GetItem\(l_l!, ");
        System.Text.RegularExpressions.Regex.Count(m.CSharp, "FloorDivideOrPending").ShouldBe(1);
        System.Text.RegularExpressions.Regex.Count(m.CSharp, "GetItemOrPending").ShouldBe(1);
    }

    [Fact]
    public void Percent_items_that_are_unboxed_numbers_or_their_str_and_hex_are_passed_unboxed()
    {
        var m = Compile("def f(n, s):\n    for i in range(n):\n        a = \"%d: %s|%s\" % (i, str(i * 7), hex(i))\n        b = \"%s %s\" % (s, s)\n        c = \"t%d\" % (i % 7)\n        d = \"%s\" % s\n    return a, b, c, d\n");
        m.CSharp.ShouldMatch(@"PercentFormat\.OfUnboxed\(K\d+, ""nsx"", n_i, .*Unboxed\.ItemStr\(.*Unboxed\.ItemHex\(");
        m.CSharp.ShouldMatch(@"PercentFormat\.OfItems\(K\d+, l_s!, l_s!\)");
        m.CSharp.ShouldMatch(@"PercentFormat\.OfUnboxedValue\(K\d+, .*Unboxed\.Modulo\(n_i");
        m.CSharp.ShouldMatch(@"Arithmetic\.Binary\(PyPack\.Runtime\.Objects\.BinaryOperator\.Mod, K\d+, l_s!\)");
    }

    [Fact]
    public void Bit_operators_on_numbers_stay_unboxed_and_other_operands_keep_the_protocol()
    {
        var m = Compile("def f(n, data):\n    h = 0\n    mask = 0\n    for i in range(n):\n        h = ((h ^ i) * 31) & 0xFFFF\n        h <<= 1\n        mask |= 1 << i\n    s = set(data)\n    s |= {1}\n    return ~h >> 2, mask, s\n");
        m.CSharp.ShouldContain("n_h = Unboxed.BitAnd(Unboxed.Multiply(Unboxed.BitXor(n_h, n_i");
        m.CSharp.ShouldContain("n_h = Unboxed.LeftShiftInPlace(n_h, Unboxed.Int(1L)");
        m.CSharp.ShouldContain("n_mask = Unboxed.BitOrInPlace(n_mask, Unboxed.LeftShift(Unboxed.Int(1L), n_i");
        m.CSharp.ShouldContain("Unboxed.RightShift(Unboxed.Invert(n_h");
        // A set's |= is no number's: the in-place protocol on objects.
        m.CSharp.ShouldContain("Arithmetic.InPlace(PyPack.Runtime.Objects.BinaryOperator.BitOr, ");
    }

    [Fact]
    public void Operations_one_after_another_under_a_handler_each_leave_their_error_pending()
    {
        var m = Compile("def g(x):\n    if x:\n        raise ValueError(x)\n    return 'g'\n\ndef f(x):\n    return x\n\nclass B:\n    def get(self, i):\n        try:\n            return self.items[i]\n        except IndexError:\n            return None\n\n"
            + "def run(grid, y, x, c, d):\n    c = c + 0\n    try:\n        v = grid[y][x]\n        f(g(x))\n        c //= d\n    except Exception:\n        pass\n    return grid[y][x]\n");
        // grid[y][x]: the row, then the item, each taken pending.
        m.CSharp.ShouldMatch(@"(t\d+) = Unboxed.GetItemOrPending\(l_grid!, n_y, ref line, -\d+\);[\s\S]*= Subscript.GetItemOrPending\(\1!, l_x!\);");
        // self.items[i]: the attribute, then the item.
        m.CSharp.ShouldMatch(@"(t\d+) = Attributes.GetAttrOrPending\(l_self!, A\d+\);[\s\S]*= Unboxed.GetItemOrPending\(\1!, n_i, ref line, -\d+\);");
        // f(g(x)): f loaded first (g may rebind it), then g's variant, then f's numeric entry with g's result.
        m.CSharp.ShouldMatch(@"(t\d+) = G_f.Get\(ref line, -\d+\);\s+(t\d+) = Call_Fn_g_v\(G_g.Get\(ref line, -\d+\), l_x!\);[\s\S]*= Call_Fn_f_u\(\1, Unboxed.Of\(\2!\)\);");
        // c //= d of an unboxed local: the in-place division that leaves a zero divisor pending.
        m.CSharp.ShouldMatch(@"= Unboxed.FloorDivideInPlaceOrPending\(n_c, Unboxed.Of\(l_d!\), ref line, -\d+\);");
        // Outside the handler the nested read keeps the ordinary lookups.
        m.CSharp.ShouldContain("return Subscript.GetItem(Place.After<PyObject>(Unboxed.GetItem(l_grid!, n_y, ");
    }

    [Fact]
    public void A_generator_yields_through_its_frame_and_reads_unboxed_locals_field_by_field()
    {
        var m = Compile("def count(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n\ndef total(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\n\ndef both(n):\n    yield from count(n)\n");
        // The value goes through the frame: the generator does not call the iterator's Current.
        m.CSharp.ShouldContain("frame.Yielded = n_i.LoadFields(\"i\").Box();");
        m.CSharp.ShouldContain(".Step(frame)) yield return null!;");
        m.CSharp.ShouldNotContain(".Current");
        // A plain function's unboxed locals are read whole (they stay in registers), where always bound as the local itself.
        m.CSharp.ShouldContain("n_i = Unboxed.AddInPlace(n_i, Unboxed.Int(1L)");
    }

    [Fact]
    public void Each_statement_records_its_Python_position_for_tracebacks()
    {
        var m = Compile(Program);
        // The module's table: line 6's return value, a BinOp with its operands' end and start for the ~~^~~ marks.
        m.CSharp.ShouldContain("6, 6, 11, 34, 21, 24");
        // The statement stores the id of that position (ids are below zero, line numbers are not).
        m.CSharp.ShouldMatch(@"line = -\d+;");
        // A call moves the place to its own span and back to the sum's after it; the global's load only if it raises.
        m.CSharp.ShouldContain("Place.After<");
        m.CSharp.ShouldContain("G_fib.Get(ref line, -");
        m.CSharp.ShouldContain("catch (PyException e) when (e.AddFrame(Code_Fn_fib, line)) { throw; }");
    }

    [Fact]
    public void Constants_are_shared_static_fields()
    {
        var m = Compile("a = 1\nb = 1\nc = 'st'\nd = 'st'\ne = 1.0\nf = ''\ng = 's'\nh = 'a b'\n");
        m.CSharp.Split("PyInt.From(1L)").Length.ShouldBe(2);
        // Texts of name characters are interned, as CPython interns such constants; others are new strs.
        m.CSharp.Split("InternedStrs.Of(\"st\")").Length.ShouldBe(2);
        m.CSharp.ShouldContain("new PyStr(\"a b\")");
        // '' and one Latin-1 character are the runtime's shared strs (what str results give too).
        m.CSharp.ShouldContain("PyStr.Shared(\"\")");
        m.CSharp.ShouldContain("PyStr.Shared(\"s\")");
        m.CSharp.ShouldContain("new PyFloat(System.BitConverter.Int64BitsToDouble(4607182418800017408L))");
    }

    [Fact]
    public void Int_expressions_of_literals_are_folded_to_constants()
    {
        // dist.get(v, 1 << 60) passes one constant object instead of computing and boxing it each time.
        var m = Compile("def f(d, v, n):\n    x = d.get(v, 1 << 60)\n    return n < 1 << 60, 2 ** 10 - 1, x\n");
        m.CSharp.ShouldNotContain("LeftShift");
        m.CSharp.ShouldNotContain("Power");
        m.CSharp.ShouldContain("PyInt.From(1152921504606846976L)");
        // Past CPython's limit (results of 128 bits), as in CPython, it is computed at run time.
        Compile("def f():\n    return 1 << 200\n").CSharp.ShouldContain("LeftShift");
        // What could raise at run time is left to run time.
        Compile("def f():\n    return 1 << -1\n").CSharp.ShouldContain("LeftShift");
    }

    [Theory]
    [InlineData("kw = {}\nclass C(**kw):\n    pass\n", 2, 9, "unsupported: **kwargs in a class statement")]
    [InlineData("def g():\n    try:\n        pass\n    except* E:\n        yield 1\n", 2, 5, "unsupported: 'yield' or 'await' inside an except* clause")]
    [InlineData("def f():\n    with (yield):\n        pass\n", 2, 11, "unsupported: 'yield' here (supported in an expression statement, an assignment's value, return, raise, an if, while or assert test, a for's iterable and an augmented assignment's value)")]
    [InlineData("s = 'a\\ud83d\\ude00'\n", 1, 5, LoneSurrogates)]
    [InlineData("import sys\ndef f(x):\n    return sys.getsizeof(x)\n", 3, 12, GetSizeOf)]
    [InlineData("import sys as s\nsize = s.getsizeof\n", 2, 8, GetSizeOf)]
    [InlineData("import os\nfrom difflib import ndiff, HtmlDiff\n", 2, 1, "unsupported: difflib.HtmlDiff (PyPack's difflib makes no HTML tables)")]
    [InlineData("s = ('a\\ud83d'\n     '\\ude00')\n", 1, 6, LoneSurrogates)]
    [InlineData("s = f'{s}\\ud83d\\ude00'\n", 1, 5, LoneSurrogates)]
    public void Unsupported_constructs_are_diagnostics_with_position(string source, int line, int column, string message)
    {
        var error = Should.Throw<CompileError>(() => Compile(source));
        var d = error.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(DiagnosticCode.Unsupported);
        (d.Line, d.Column, d.Message).ShouldBe((line, column, message));
        d.ToString().ShouldBe($"/src/app.py:{line}:{column}: {message}");
    }

    private const string GetSizeOf =
        "unsupported: sys.getsizeof (object sizes are CPython's memory layout, which a PyPack program does not have)";

    private const string LoneSurrogates =
        "unsupported: a lone high surrogate escape followed by a lone low one in a str literal (two code points in CPython, one character in PyPack)";

    [Theory]
    [InlineData("s = '\\U0001F600\\ud83d'\n")] // a pair written whole, then a lone high one
    [InlineData("s = '\\ude00\\ud83d'\n")] // low then high: two lone code points in both
    [InlineData("s = '\U0001F600' '\\ude00'\n")] // the low one follows a whole pair, not a lone high one
    [InlineData("s = b'\\xed\\xa0\\xbd'\n")]
    public void Surrogate_escapes_PyPack_can_hold_compile(string source) => Compile(source);
}
