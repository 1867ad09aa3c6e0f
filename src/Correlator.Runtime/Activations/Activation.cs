using System.Collections.Concurrent;
using Correlator.Runtime.Calls;

namespace Correlator.Runtime.Activations;

/// <summary>
/// The mailbox of one (grain type, key). A single loop drains it, and only while there is work,
/// so messages run one at a time in arrival order without any lock around grain code.
/// The grain instance inside is created on demand and dropped on deactivation; once it is dropped with
/// nothing queued, the activation retires and forwards any late message to its successor.
/// </summary>
internal sealed class Activation(GrainCatalog catalog, string key) : IThreadPoolWorkItem
{
    // Bounds one run of the loop so a busy grain hands its pool thread back to other grains now and then.
    private const int MessagesPerRun = 256;

    private readonly ConcurrentQueue<Envelope> queue = new();
    private readonly GrainRuntime runtime = catalog.Runtime;
    private int scheduled;
    private IGrain? grain;
    private bool retired;
    private long delivered;
    private long lastActivity;

    public string Key => key;

    public bool IsActive => Volatile.Read(ref grain) is not null;

    public void Post(Envelope envelope)
    {
        queue.Enqueue(envelope);
        if (Interlocked.CompareExchange(ref scheduled, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <summary>Queues a deactivation behind the waiting messages.</summary>
    public Task Deactivate() => Post(new Deactivation(deliveredWhenIdle: null));

    /// <summary>Queues a deactivation if the activation has had no message for <paramref name="idleTimeout"/>.</summary>
    public Task? CollectIfIdle(long now, TimeSpan idleTimeout)
    {
        var idle = IsActive
            && queue.IsEmpty
            && runtime.Clock.GetElapsedTime(Volatile.Read(ref lastActivity), now) >= idleTimeout;
        return idle ? Post(new Deactivation(Volatile.Read(ref delivered))) : null;
    }

    void IThreadPoolWorkItem.Execute() => _ = RunAsync();

    private Task Post(Deactivation deactivation)
    {
        Post(new Envelope(deactivation));
        return deactivation.Task;
    }

    private async Task RunAsync()
    {
        var served = 0;
        do
        {
            while (queue.TryDequeue(out var envelope))
            {
                await ServeAsync(envelope).ConfigureAwait(false);
                if (++served == MessagesPerRun)
                {
                    // Still scheduled: the next run continues where this one stopped.
                    ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
                    return;
                }
            }

            Volatile.Write(ref scheduled, 0);
        }
        // A message posted after the queue looked empty but before the flag was cleared finds the flag set and
        // schedules nothing, so the loop checks once more.
        while (!queue.IsEmpty && Interlocked.CompareExchange(ref scheduled, 1, 0) == 0);
    }

    private ValueTask ServeAsync(Envelope envelope)
    {
        if (envelope.IsDeactivation)
        {
            return retired ? Answer(envelope.Deactivation) : new ValueTask(DeactivateAsync(envelope.Deactivation));
        }

        if (retired)
        {
            catalog.Send(key, envelope);
            return ValueTask.CompletedTask;
        }

        return grain is { } instance ? Deliver(instance, envelope.Call) : ActivateThenDeliverAsync(envelope.Call);
    }

    private ValueTask Deliver(IGrain instance, IGrainCall call)
    {
        RecordActivity();
        return call.Start(instance) is { } work ? new ValueTask(FinishAsync(call, work)) : ValueTask.CompletedTask;
    }

    private async Task FinishAsync(IGrainCall call, Task work)
    {
        await work.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        // Recorded again at the end so a message that ran past the idle timeout does not leave the grain looking idle.
        RecordActivity();
        call.Finish(work);
    }

    /// <summary>Recorded before the caller is answered, so a collection prompted by the answer already sees it.</summary>
    private void RecordActivity()
    {
        Volatile.Write(ref delivered, delivered + 1);
        Volatile.Write(ref lastActivity, runtime.Clock.GetTimestamp());
    }

    private async ValueTask ActivateThenDeliverAsync(IGrainCall call)
    {
        IGrain instance;
        try
        {
            instance = runtime.CreateGrain(catalog.GrainType, key);
            await instance.OnActivateAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            runtime.Logger.ActivationFailed(exception, catalog.GrainType.Name, key);
            call.Fail(exception);
            FailWaiting(exception);
            RetireIfEmpty();
            return;
        }

        Volatile.Write(ref grain, instance);
        runtime.CountActivation(+1);
        runtime.Logger.Activated(catalog.GrainType.Name, key);
        await Deliver(instance, call).ConfigureAwait(false);
    }

    private async Task DeactivateAsync(Deactivation deactivation)
    {
        if (grain is { } instance && deactivation.AppliesTo(delivered))
        {
            try
            {
                await instance.OnDeactivateAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // The instance is dropped all the same: a grain that cannot shut down cleanly must not pin memory.
                runtime.Logger.DeactivationFailed(exception, catalog.GrainType.Name, key);
            }

            Volatile.Write(ref grain, null);
            runtime.CountActivation(-1);
            runtime.Logger.Deactivated(catalog.GrainType.Name, key);
        }

        if (grain is null)
        {
            RetireIfEmpty();
        }

        deactivation.TrySetResult();
    }

    private static ValueTask Answer(Deactivation deactivation)
    {
        deactivation.TrySetResult();
        return ValueTask.CompletedTask;
    }

    /// <summary>The calls queued behind a failed activation share its fate; the next call tries again.</summary>
    private void FailWaiting(Exception exception)
    {
        while (queue.TryDequeue(out var envelope))
        {
            if (envelope.IsDeactivation)
            {
                envelope.Deactivation.TrySetResult();
            }
            else
            {
                envelope.Call.Fail(exception);
            }
        }
    }

    private void RetireIfEmpty()
    {
        if (!queue.IsEmpty)
        {
            return;
        }

        // From here on this loop forwards whatever still reaches it, so a caller holding the old reference loses nothing.
        retired = true;
        catalog.Remove(this);
    }
}
