namespace Correlator.Domain.Entities;

public enum EntityKind
{
    Base,
    Group,
}
