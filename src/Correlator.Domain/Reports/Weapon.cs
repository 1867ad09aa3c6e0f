namespace Correlator.Domain.Reports;

public enum Weapon
{
    Unknown,
    Drone,
    Rocket,
    Missile,
    Mortar,
    Ied,
}
