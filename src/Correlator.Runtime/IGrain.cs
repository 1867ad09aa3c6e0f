namespace Correlator.Runtime;

/// <summary>
/// Marks a virtual actor: one instance per (grain type, key), fed one message at a time.
/// Grain classes stay free of runtime plumbing so a move to Orleans stays mechanical.
/// </summary>
public interface IGrain
{
    /// <summary>Runs once per activation, before its first message (e.g. to rebuild state from the log).</summary>
    Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once when the activation is collected or the runtime shuts down.</summary>
    Task OnDeactivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
