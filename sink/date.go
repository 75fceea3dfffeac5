package sink

import (
	"fmt"
	"time"
)

// Partial dates are ISO dates at the precision the text gives: "2023",
// "2023-06" or "2023-06-30".

// Date precisions.
const (
	precNone = iota
	precYear
	precMonth
	precDay
)

// precision returns the precision of a valid partial date, precNone for ""
// or an invalid one.
func precision(d string) int {
	var layout string
	var p int
	switch len(d) {
	case 4:
		layout, p = "2006", precYear
	case 7:
		layout, p = "2006-01", precMonth
	case 10:
		layout, p = "2006-01-02", precDay
	default:
		return precNone
	}
	if _, err := time.Parse(layout, d); err != nil {
		return precNone
	}
	return p
}

// prefixLen is the length of a partial date of precision p.
func prefixLen(p int) int {
	switch p {
	case precYear:
		return 4
	case precMonth:
		return 7
	case precDay:
		return 10
	}
	return 0
}

// sameAtCoarser reports whether two valid partial dates are equal at the
// coarser of their precisions: "2023" and "2023-06-30" are, "2023-06" and
// "2023-07-01" are not.
func sameAtCoarser(a, b string) bool {
	n := prefixLen(min(precision(a), precision(b)))
	return n > 0 && a[:n] == b[:n]
}

// dateBounds returns the first and last day a valid partial date can mean.
func dateBounds(d string) (lo, hi string) {
	switch precision(d) {
	case precYear:
		return d + "-01-01", d + "-12-31"
	case precMonth:
		t, _ := time.Parse("2006-01", d)
		return d + "-01", t.AddDate(0, 1, -1).Format("2006-01-02")
	case precDay:
		return d, d
	}
	return "", ""
}

// checkDate returns an error unless d is a partial date.
func checkDate(d string) error {
	if precision(d) == precNone {
		return fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
	}
	return nil
}
