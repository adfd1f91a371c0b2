package fi.tiekartta.progress.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Codes in the order people read them: TP2 before TP10, TP3.2 before TP3.10, SHKO-VALM-2 before SHKO-VALM-10. */
final class Codes {

    static final Comparator<String> ORDER = Codes::compare;

    private Codes() {
    }

    private static int compare(String a, String b) {
        List<String> left = parts(a);
        List<String> right = parts(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            String x = left.get(i);
            String y = right.get(i);
            boolean xNumber = Character.isDigit(x.charAt(0));
            boolean yNumber = Character.isDigit(y.charAt(0));
            int order;
            if (xNumber && yNumber) {
                order = compareNumbers(x, y);
            } else {
                order = x.compareTo(y);
            }
            if (order != 0) {
                return order;
            }
        }
        int bySize = Integer.compare(left.size(), right.size());
        return bySize != 0 ? bySize : a.compareTo(b);
    }

    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static List<String> parts(String code) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (char c : code.toCharArray()) {
            if (part.length() > 0 && Character.isDigit(c) != Character.isDigit(part.charAt(part.length() - 1))) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(c);
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        return parts;
    }
}
