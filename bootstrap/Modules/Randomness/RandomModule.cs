using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Randomness;

/// <summary>The <c>random</c> module: a hidden Random instance's methods, and the Random class.</summary>
[PythonModule("random")]
[PythonExport("Random")] [PythonExport("seed")] [PythonExport("random")] [PythonExport("getrandbits")]
[PythonExport("randrange")] [PythonExport("randint")] [PythonExport("choice")] [PythonExport("shuffle")]
[PythonExport("sample")] [PythonExport("choices")] [PythonExport("uniform")] [PythonExport("triangular")]
[PythonExport("normalvariate")] [PythonExport("gauss")] [PythonExport("lognormvariate")] [PythonExport("expovariate")]
[PythonExport("gammavariate")] [PythonExport("betavariate")] [PythonExport("paretovariate")] [PythonExport("weibullvariate")]
[PythonExport("getstate")] [PythonExport("setstate")] [PythonExport("randbytes")] [PythonExport("SystemRandom")]
public static class RandomModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("Random", PyRandom.TypeObject);
        g.Set("SystemRandom", PyRandom.SystemTypeObject);
        var instance = new PyRandom();
        instance.Seed(PyNone.Instance);
        PyRandom.Export(g, instance);
    }
}
