using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A generator: a compiled body that is a C# iterator (the C# compiler makes the state machine;
/// each yield leaves its value in the frame, <see cref="GeneratorFrame.Yielded"/>),
/// driven by <c>next</c>/<c>send</c>/<c>throw</c>/<c>close</c> with CPython's rules. Exceptions
/// leaving the body get the generator's frame in their traceback here, at the body's current line.
/// </summary>
public sealed class PyGenerator : GeneratorFrame
{
    public static readonly PyType TypeObject = MakeType();

    private readonly CodeInfo _code;
    // _code's Id, which the call-stack entry takes at every resume: one load instead of two.
    private readonly int _codeId;
    // Set once, by Begin, right after the constructor: the body is made with the generator as its frame.
    private IEnumerator<PyObject> _body = null!;

    // What a generator that returned holds instead of its body: the body's locals (a coroutine's
    // gathered children, say) are let go when it ends, as CPython clears a finished frame, not when
    // the generator object goes (a task keeps its coroutine until the task itself dies).
    private static readonly IEnumerator<PyObject> s_ended = ((IEnumerable<PyObject>)Array.Empty<PyObject>()).GetEnumerator();
    // One field for where the body is (not started, suspended, running, finished): next() on a
    // suspended generator tests it once.
    private State _state;

    private enum State : byte
    {
        Created,
        Suspended,
        Running,
        Finished,
    }

    private bool _started => _state != State.Created;
    private bool _finished => _state == State.Finished;
    private bool _running => _state == State.Running;

    // A generator's, a coroutine's (PyCoroutine) or an async generator's body: the messages differ.
    // A byte next to _state rather than the word itself: a reference less on every generator.
    private readonly Kind _kind;

    internal enum Kind : byte
    {
        Generator,
        Coroutine,
        AsyncGenerator,
    }

    // The word error messages use for the kind.
    private string KindName => _kind switch
    {
        Kind.Coroutine => "coroutine",
        Kind.AsyncGenerator => "async generator",
        _ => "generator",
    };

    // The exceptions the body is handling while it is suspended (an except or finally that yielded):
    // CPython keeps them with the generator, so the caller does not see them in between. Made at the
    // first resume of a body that can suspend in a handler; it keeps them across suspensions.
    private object? _handledBase;

    /// <summary>
    /// A generator for a def's body: <see cref="Begin"/> then gives it the body, made with this
    /// object as its frame. <paramref name="handlesAcrossYields"/>: whether the body may suspend in a
    /// try or with statement.
    /// </summary>
    public PyGenerator(CodeInfo code, string qualName, bool handlesAcrossYields)
        : this(code, qualName, handlesAcrossYields, Kind.Generator)
    {
    }

    /// <summary>An engine for another kind of body (a coroutine's or an async generator's): the kind names it in error messages.</summary>
    internal PyGenerator(CodeInfo code, string qualName, bool handlesAcrossYields, Kind kind)
        : base(handlesAcrossYields)
    {
        _kind = kind;
        _code = code;
        _codeId = code.Id;
        QualName = qualName;
    }

    /// <summary>The engine of a coroutine (see <see cref="PyCoroutine"/>), the frame its body is made with.</summary>
    public static PyGenerator ForCoroutine(CodeInfo code, string qualName, bool handlesAcrossYields) => new(code, qualName, handlesAcrossYields, Kind.Coroutine);

    /// <summary>The engine of an async generator (see <see cref="PyAsyncGenerator"/>).</summary>
    public static PyGenerator ForAsyncGenerator(CodeInfo code, string qualName, bool handlesAcrossYields) => new(code, qualName, handlesAcrossYields, Kind.AsyncGenerator);

    /// <summary>Gives the generator its body, a C# iterator made with this generator as its frame.</summary>
    public PyGenerator Begin(IEnumerator<PyObject> body)
    {
        _body = body;
        return this;
    }

    public string QualName { get; }

    /// <summary><c>cr_code</c>/<c>gi_code</c>: the code object of the body.</summary>
    internal PyObject CodeObject => PyCode.Of(_code);

    /// <summary>
    /// <c>cr_frame</c>/<c>gi_frame</c>: None once finished, else a frame at the line the body is at
    /// (its first line before it starts), as asyncio's task reprs show it ("running at FILE:LINE").
    /// </summary>
    internal PyObject FrameObject => _finished
        ? PyNone.Instance
        : PyFrame.OfSuspended(_code, Line != 0 ? Line : _code.FirstLine);

    /// <summary><c>gi_suspended</c>/<c>cr_suspended</c>: paused at a yield or await.</summary>
    internal bool IsSuspended => _state == State.Suspended;

    /// <summary>What a suspended <c>await</c>/<c>yield from</c> waits on (<c>cr_await</c>), else None.</summary>
    internal PyObject AwaitedObject => !_finished && Delegate is { } d ? Exposed(d) : PyNone.Instance;

    // The awaitable of an async for's step goes to Python code here: it must not be reused after.
    private static PyObject Exposed(PyObject awaited)
    {
        if (awaited is AsyncGeneratorSend send) send.Expose();
        return awaited;
    }

    /// <summary>Whether its function was marked by types.coroutine() (CO_ITERABLE_COROUTINE).</summary>
    internal bool IsIterableCoroutine => _code.IterableCoroutine;

    /// <summary>
    /// A generator expression: its body is a local iterator function over the first iterable.
    /// <paramref name="owned"/> is the generator only that iterable's iterator holds (see
    /// <see cref="Owned"/>): the body closes it when it ends.
    /// </summary>
    public static PyGenerator Start(CodeInfo code, string qualName, PyIterator source, object? owned, Func<GeneratorFrame, PyIterator, object?, IEnumerator<PyObject>> body)
    {
        // An expression has no try or with to suspend in.
        var g = new PyGenerator(code, qualName, handlesAcrossYields: false);
        return g.Begin(body(g, source, owned));
    }
    public override PyType Type => TypeObject;
    public override string Repr() => $"<generator object {QualName} at 0x{Identity.Of(this):x}>";

    // A tail call: the for-loop's step costs one call frame, not two.
    public override PyObject? Next() => ResumeWithNone(dropReturned: true);

    /// <summary>After <see cref="ResumeWithNone()"/> returned null: the body's return value, taken from the frame.</summary>
    private PyObject TakeReturned()
    {
        var r = ReturnValue;
        if (r is null) return PyNone.Instance;
        ReturnValue = null;
        return r;
    }

    /// <summary>
    /// next() (and a <c>yield from</c> step that sends None): a new or suspended generator whose body never
    /// suspends in a handler and has nothing thrown in runs straight here, without the checks and
    /// bookkeeping of <see cref="Resume(PyObject, PyException?, bool, out PyObject)"/>. Null when the
    /// body returned: its value stays in the frame for <see cref="TakeReturned"/> (an out parameter
    /// would cost a checked write barrier on every resume), unless <paramref name="dropReturned"/>
    /// (next() has no use for it: it goes with the frame's reference).
    /// </summary>
    private PyObject? ResumeWithNone(bool dropReturned = false)
    {
        // Created or Suspended (a coroutine's first step goes this way too: one per await of a call).
        if (_state > State.Suspended || HandlesAcrossYields || Thrown is not null)
        {
            var next = Resume(PyNone.Instance, null, raiseStop: false, out var returned);
            if (next is null) ReturnValue = dropReturned || returned is PyNone ? null : returned;
            return next;
        }
        if (Sent is not null) Sent = null;
        _state = State.Running;
        CallDepth.Enter(_codeId, this);
        bool more;
        var stepped = false;
        // StepBody's filters inline: one call less per resume.
        try
        {
            more = Delegate is PyGenerator inner ? StepDelegate(inner) : _body.MoveNext();
            stepped = true;
        }
        catch (PyException e) when (e.AddFrame(_code, Line))
        {
            throw;
        }
        catch (PyException e) when (IsStop(e))
        {
            throw StopRaised(e);
        }
        finally
        {
            // An exception leaving the body finishes the generator (set here, not caught and rethrown).
            if (!stepped) _state = State.Finished;
            CallDepth.Leave();
        }
        if (more)
        {
            _state = State.Suspended;
            return Yielded;
        }
        _state = State.Finished;
        _body = s_ended;
        if (dropReturned && ReturnValue is not null) ReturnValue = null;
        return null;
    }

    /// <summary>
    /// next() while the body is suspended in a <c>yield from</c> over a generator (only from
    /// ResumeWithNone, whose filters are StepBody's): the delegate is
    /// resumed straight from here (what YieldFrom.Step would do with None sent), with this frame
    /// on the call stack. Only its end or its exception needs the body: they are left in the frame
    /// for the step there, which takes them as if it had resumed the delegate itself.
    /// </summary>
    private bool StepDelegate(PyGenerator inner)
    {
        PyObject? next;
        try
        {
            next = inner.ResumeWithNone();
        }
        catch (PyException e)
        {
            DelegateEnded = e;
            next = null;
        }
        if (next is not null)
        {
            Yielded = next;
            return true;
        }
        DelegateEnded ??= inner.TakeReturned();
        // The caller's filters give an exception from the body its frame (see StepBody).
        return _body.MoveNext();
    }

    /// <summary>
    /// Runs the body to its next yield or its end. One try: the frame filter runs first (it records
    /// the traceback entry and never catches). An exception leaving the body finishes the generator:
    /// the callers' finally blocks mark that, so an exception passing through layers of generators
    /// is thrown once, not caught and rethrown at each layer (each rethrow is a new unwind).
    /// </summary>
    private bool StepBody()
    {
        try
        {
            return _body.MoveNext();
        }
        catch (PyException e) when (e.AddFrame(_code, Line))
        {
            throw;
        }
        catch (PyException e) when (IsStop(e))
        {
            throw StopRaised(e);
        }
    }

    // StopIteration (or StopAsyncIteration in an async generator) leaving the body (PEP 479).
    private bool IsStop(PyException e) => e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration)
        || (_kind == Kind.AsyncGenerator && e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration));

    /// <summary>PEP 479: a StopIteration leaving the body finishes it and becomes a RuntimeError.</summary>
    private PyException StopRaised(PyException e)
    {
        _state = State.Finished;
        return StopRaised(KindName, e);
    }

    /// <summary>The RuntimeError that replaces a StopIteration leaving a body of this kind (PEP 479).</summary>
    internal static PyException StopRaised(string kind, PyException e)
    {
        var stop = e.Value;
        var error = ExceptionTypes.Create(ExceptionTypes.RuntimeError, $"{kind} raised {(stop.Type.IsSubtypeOf(ExceptionTypes.StopIteration) ? "StopIteration" : "StopAsyncIteration")}");
        error.Cause = stop;
        error.Context = stop;
        error.SuppressContext = true;
        return error.ToException();
    }

    /// <summary>Whether the body is running now (gi_running).</summary>
    public bool IsRunning => _running;

    /// <summary>Whether the body has returned or raised (or was closed before it started).</summary>
    public bool IsFinished => _finished;

    /// <summary>
    /// One resume with a value or an exception (an async generator's awaitables drive the body this
    /// way): what the body yields next, or null when it returns. A thrown exception into a body that
    /// never started or already ended is raised as it is, and ends it.
    /// </summary>
    internal PyObject? Step(PyObject sent, PyException? thrown)
    {
        if (thrown is not null && (!_started || _finished))
        {
            _state = State.Finished;
            throw thrown;
        }
        if (!_started && thrown is null && sent is not PyNone) throw Errors.TypeError($"can't send non-None value to a just-started {KindName}");
        return Resume(sent, thrown, raiseStop: false);
    }

    /// <summary><c>next(gen)</c> as <see cref="Send"/> with None, but null with the StopIteration pending (see PendingException).</summary>
    public PyObject? NextOrPending() => ResumeWithNone() ?? Exceptions.PendingException.Set(StopIteration(TakeReturned()));

    /// <summary><c>gen.send(value)</c>: the next yielded value; StopIteration when the body returns.</summary>
    public PyObject Send(PyObject value) => SendOrPending(value) ?? throw Exceptions.PendingException.Take();

    /// <summary>
    /// <c>gen.send(value)</c> with the StopIteration that ends the body pending (see PendingException)
    /// instead of thrown: a driver's <c>try: gen.send(v) except StopIteration</c> (PendingCalls.Send)
    /// takes it without a .NET throw, which costs microseconds.
    /// </summary>
    public PyObject? SendOrPending(PyObject value)
    {
        if (value is PyNone) return NextOrPending();
        if (!_started && _finished is false) throw Errors.TypeError($"can't send non-None value to a just-started {KindName}");
        return Resume(value, null, raiseStop: false, out var returned) ?? Exceptions.PendingException.Set(StopIteration(returned));
    }

    /// <summary><c>gen.throw(exc)</c>: raises <paramref name="exc"/> at the paused yield.</summary>
    public PyObject Throw(PyBaseException exc)
    {
        var carrier = exc.ToException();
        if (_finished && _kind == Kind.Coroutine) throw Errors.RuntimeError("cannot reuse already awaited coroutine");
        if (!_started || _finished)
        {
            // Never started or already done: it is raised as if from the first line, and finishes the generator.
            _state = State.Finished;
            throw carrier;
        }
        return Resume(PyNone.Instance, carrier, raiseStop: true)!;
    }

    /// <summary><c>gen.close()</c>: GeneratorExit at the paused yield; ignoring it is a RuntimeError.</summary>
    public void Close()
    {
        if (!_started || _finished)
        {
            _state = State.Finished;
            return;
        }
        if (TryCloseQuietly()) return;
        var exit = ExceptionTypes.Create(ExceptionTypes.GeneratorExit, "");
        exit.Args = PyTuple.Empty;
        try
        {
            Resume(PyNone.Instance, exit.ToException(), raiseStop: false);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            return;
        }
        // It yielded instead: the generator stays suspended there, as in CPython.
        if (!_finished) throw Errors.RuntimeError($"{KindName} ignored GeneratorExit");
    }

    /// <summary>
    /// close() (or aclose()) of a body suspended at a yield outside any try or with, and not in a
    /// yield from: nothing in the body can see GeneratorExit, so it ends without one being thrown
    /// and caught. That runs only the C# finally blocks of the body's own for loops, which close
    /// the generators they were over in turn, as unwinding would.
    /// </summary>
    internal bool TryCloseQuietly()
    {
        if (_state != State.Suspended || HandlesAcrossYields || Delegate is not null) return false;
        _state = State.Finished;
        _body.Dispose();
        return true;
    }

    /// <summary>
    /// The generator that <paramref name="it"/>, the iterator a for loop (or comprehension) took of
    /// <paramref name="iterable"/>, is, when nothing but that iterator can hold it: the result of a
    /// call whose <paramref name="callee"/> is a generator function (or a method bound to one), or
    /// what iter() made by calling a class's <c>__iter__</c> that is a generator function. CPython
    /// drops such a generator, and so closes it, when the loop is done with it. Null otherwise (a
    /// generator a name or a container holds, or one a wrapper function returned).
    /// </summary>
    public static PyGenerator? Owned(PyObject? it, PyObject? iterable, PyObject? callee)
    {
        if (it is not PyGenerator g) return null;
        if (ReferenceEquals(iterable, g)) return IsGeneratorFunction(callee) ? g : null;
        return iterable is not null && iterable.Type.IsHeapType && iterable.Type.Lookup("__iter__") is PyFunction f && ReferenceEquals(f.Info.Code, g._code) ? g : null;
    }

    /// <summary>
    /// <see cref="Owned"/> for <c>o.name(...)</c>: the call made <paramref name="it"/> when that name
    /// gives, on <paramref name="receiver"/>, a generator function of the generator's own code (a
    /// plain method of its class, or a module's function). The lookup runs no Python code.
    /// </summary>
    public static PyGenerator? OwnedByMethod(PyObject? it, PyObject? receiver, AttributeSite site)
    {
        if (it is not PyGenerator g) return null;
        var function = receiver switch
        {
            // The class's function, unless the instance shadows it or the class reads attributes its own way.
            PyInstance when InstanceAttributes.HasPlainGetAttribute(receiver.Type) && receiver.GetOwnAttribute(site.Name) is null => receiver.Type.Lookup(site.Name),
            PyModule m => m.Globals.TryGet(site.Name),
            _ => null,
        };
        return function is PyFunction f && ReferenceEquals(f.Info.Code, g._code) ? g : null;
    }

    /// <summary>Whether calling <paramref name="callee"/> makes a new generator (a def with yield, or a method bound to one).</summary>
    private static bool IsGeneratorFunction(PyObject? callee) => callee switch
    {
        PyFunction f => f.Info.Code.Kind == CodeKind.Generator,
        PyBoundMethod { Function: PyFunction f } => f.Info.Code.Kind == CodeKind.Generator,
        _ => false,
    };

    /// <summary>
    /// A for loop (or comprehension, or builtin call) that owned <paramref name="owned"/> (see
    /// <see cref="Owned"/>; an array for the generators a zip or enumerate held, see
    /// OwnedArguments) is over, whichever way it ended: a suspended generator is closed, as CPython
    /// closes it when the last reference goes. CPython reports an error from that close as
    /// unraisable and carries on, so this does too.
    /// </summary>
    public static void CloseOwned(object? owned)
    {
        switch (owned)
        {
            case PyGenerator { _state: State.Suspended } g:
                g.CloseAbandoned();
                break;
            case object?[] held:
                // An iterator holding several drops them as a tuple does: the last first.
                for (var i = held.Length - 1; i >= 0; i--) CloseOwned(held[i]);
                break;
        }
    }

    /// <summary>
    /// At exit, after the atexit functions: CPython's finalisation frees the __main__ module's dict,
    /// dropping its values in the order the names were bound, so a generator only a global held is
    /// closed then (its finally blocks and with exits run). A generator something else holds too
    /// may be closed later in CPython (when that goes); PyPack closes it here.
    /// </summary>
    public static void CloseGlobalsAtExit(ModuleGlobals globals)
    {
        foreach (var (_, value) in globals.Items) CloseOwned(value as PyGenerator);
    }

    private void CloseAbandoned()
    {
        if (TryCloseQuietly()) return;
        try
        {
            Close();
        }
        catch (PyException e)
        {
            // CPython's unraisable hook gives it the frame running when the generator went, at its line.
            if (CallDepth.PythonFrames() is [var (code, place), ..]) e.AddFrame(code, place);
            var text = $"Exception ignored in: {Repr()}\n{TracebackPrinter.Format(e.Value)}";
            Interpreter.Current.WriteToSysStderr(text);
        }
    }

    /// <summary>
    /// <c>yield from</c> sending <paramref name="sent"/> on: the next value, or null when the body
    /// returned, its value in <paramref name="returned"/> (no StopIteration object is made for it).
    /// </summary>
    internal PyObject? SendForDelegation(PyObject sent, out PyObject returned)
    {
        if (sent is PyNone)
        {
            var next = ResumeWithNone();
            returned = next is null ? TakeReturned() : PyNone.Instance;
            return next;
        }
        if (!_started && _finished is false) throw Errors.TypeError($"can't send non-None value to a just-started {KindName}");
        return Resume(sent, null, raiseStop: false, out returned);
    }

    private PyObject? Resume(PyObject sent, PyException? thrown, bool raiseStop) => Resume(sent, thrown, raiseStop, out _);

    private PyObject? Resume(PyObject sent, PyException? thrown, bool raiseStop, out PyObject returned)
    {
        returned = PyNone.Instance;
        if (_running) throw Errors.ValueError($"{KindName} already executing");
        if (_finished)
        {
            // An exhausted coroutine cannot be awaited (sent to or thrown into) again; close() returns before this.
            if (_kind == Kind.Coroutine) throw Errors.RuntimeError("cannot reuse already awaited coroutine");
            if (thrown is not null) throw thrown;
            return raiseStop ? throw StopIteration(PyNone.Instance) : null;
        }
        // Reference stores cost a GC write barrier each: store only what changes (next() sends None).
        var s = sent is PyNone ? null : sent;
        if (!ReferenceEquals(Sent, s)) Sent = s;
        if (thrown is not null || Thrown is not null) Thrown = thrown;
        _state = State.Running;
        CallDepth.Enter(_codeId, this);
        // The body sees its own handled exceptions on top of the caller's as they are at this resume
        // (only a body that can suspend in a handler has any: the others run on the caller's stack).
        var tracksHandled = HandlesAcrossYields;
        object? outer = null;
        if (tracksHandled)
        {
            _handledBase ??= HandledExceptions.NewGeneratorBase();
            outer = HandledExceptions.EnterGenerator(_handledBase);
        }
        bool more;
        var stepped = false;
        try
        {
            more = StepBody();
            stepped = true;
        }
        finally
        {
            // Suspended at a yield (or about to be marked finished below), or finished by an exception.
            if (_state == State.Running) _state = stepped ? State.Suspended : State.Finished;
            CallDepth.Leave();
            if (tracksHandled)
            {
                HandledExceptions.LeaveGenerator(_handledBase!, outer, _finished);
            }
        }
        if (more) return Yielded;
        _state = State.Finished;
        _body = s_ended;
        var result = ReturnValue ?? PyNone.Instance;
        ReturnValue = null;
        returned = result;
        return raiseStop ? throw StopIteration(result) : null;
    }

    /// <summary>The StopIteration that ends a generator, carrying its return value.</summary>
    public static PyException StopIteration(PyObject value)
    {
        var args = value is PyNone ? PyTuple.Empty : PyTuple.Of(value);
        return ExceptionTypes.FactoryOf(ExceptionTypes.StopIteration)(ExceptionTypes.StopIteration, args).ToException();
    }

    private static PyType MakeType()
    {
        var t = new PyType("generator", null);
        t.Method("send", static (self, v) => ((PyGenerator)self).Send(v));
        t.Method("throw", static (self, args, kw) => ((PyGenerator)self).Throw(ExceptionArgument(args)));
        t.Method("close", static self =>
        {
            ((PyGenerator)self).Close();
            return PyNone.Instance;
        });
        t.Method("__next__", static self =>
        {
            var g = (PyGenerator)self;
            return g.ResumeWithNone() ?? throw StopIteration(g.TakeReturned());
        });
        t.Method("__iter__", static self => self);
        t.SetAttribute("gi_running", new PyGetSetDescriptor(t, "gi_running", static o => PyBool.From(((PyGenerator)o)._running)));
        t.SetAttribute("gi_suspended", new PyGetSetDescriptor(t, "gi_suspended", static o => PyBool.From(((PyGenerator)o).IsSuspended)));
        t.SetAttribute("gi_code", new PyGetSetDescriptor(t, "gi_code", static o => ((PyGenerator)o).CodeObject));
        t.SetAttribute("gi_frame", new PyGetSetDescriptor(t, "gi_frame", static o => ((PyGenerator)o).FrameObject));
        t.SetAttribute("gi_yieldfrom", new PyGetSetDescriptor(t, "gi_yieldfrom", static o =>
            o is PyGenerator { _finished: false, Delegate: { } d } ? Exposed(d) : PyNone.Instance));
        t.SetAttribute("__qualname__", new PyGetSetDescriptor(t, "__qualname__", static o => new PyStr(((PyGenerator)o).QualName)));
        t.SetAttribute("__name__", new PyGetSetDescriptor(t, "__name__", static o =>
        {
            var q = ((PyGenerator)o).QualName;
            return new PyStr(q[(q.LastIndexOf('.') + 1)..]);
        }));
        return t;
    }

    /// <summary><c>throw(exc)</c> or the old <c>throw(type[, value])</c>.</summary>
    internal static PyBaseException ExceptionArgument(ReadOnlySpan<PyObject> args)
    {
        if (args.Length is 0 or > 3) throw Errors.TypeError($"throw expected at least 1 argument, got {args.Length}");
        switch (args[0])
        {
            case PyBaseException e:
                if (args.Length > 1 && args[1] is not PyNone) throw Errors.TypeError("instance exception may not have a separate value");
                return e;
            case PyType t when t.IsSubtypeOf(ExceptionTypes.BaseException):
                if (args.Length > 1 && args[1] is PyBaseException v && v.Type.IsSubtypeOf(t)) return v;
                var made = args.Length > 1 && args[1] is not PyNone ? t.Call1(args[1]) : t.Call0();
                return made as PyBaseException ?? throw Errors.TypeError("exceptions must derive from BaseException");
            default:
                throw Errors.TypeError($"exceptions must be classes or instances deriving from BaseException, not {args[0].Type.TpName}");
        }
    }
}
