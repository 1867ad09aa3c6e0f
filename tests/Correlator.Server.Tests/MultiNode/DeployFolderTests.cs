using System.Diagnostics;
using Correlator.Server.Tests.Processes;

namespace Correlator.Server.Tests.MultiNode;

/// <summary>The deploy folder can only be checked offline here (no cluster, no Docker daemon): deploy/validate.py does it.</summary>
public sealed class DeployFolderTests
{
    [Fact]
    public async Task Manifests_compose_file_and_units_fit_together_and_name_only_settings_the_server_reads()
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(ServerProcess.RepositoryRoot, "deploy", "validate.py"));
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(0, output);
        output.ShouldContain("deploy: ok");
    }
}
