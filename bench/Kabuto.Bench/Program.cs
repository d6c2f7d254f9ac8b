using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Kabuto.Bench -- --filter '*'
// dotnet run -c Release --project bench/Kabuto.Bench -- fetch-store   (issue 13's fetch acceptance, see FetchStoreMeasurement)
if (args is ["fetch-store", ..])
{
    return await Kabuto.Bench.FetchStoreMeasurement.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
