package fi.tiekartta.regional.reports;

/**
 * How far a measure is implemented in a region. Only {@link #PARTIAL} has a share: how much of the region's
 * population or municipalities it covers.
 */
public enum ImplementationLevel {
    NOT_STARTED("Ei aloitettu", "Inte påbörjad", "Not started"),
    PLANNING("Suunnitteilla", "Under planering", "Planning"),
    PILOTING("Pilotoinnissa", "Pilotering pågår", "Piloting"),
    PARTIAL("Käytössä osassa aluetta", "I bruk i en del av området", "In use in part of the region"),
    ESTABLISHED("Vakiintunut koko alueella", "Etablerad i hela området", "Established across the region");

    private final String fi;
    private final String sv;
    private final String en;

    ImplementationLevel(String fi, String sv, String en) {
        this.fi = fi;
        this.sv = sv;
        this.en = en;
    }

    public String fi() {
        return fi;
    }

    public String sv() {
        return sv;
    }

    public String en() {
        return en;
    }
}
