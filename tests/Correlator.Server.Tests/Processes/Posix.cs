using System.Runtime.InteropServices;

namespace Correlator.Server.Tests.Processes;

internal static class Posix
{
    private const int SigTerm = 15;

    public static void Terminate(int pid) => _ = Kill(pid, SigTerm);

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
