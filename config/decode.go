package config

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Error is a configuration error: which file, which source (or lexicon
// entry), which field, and what is wrong. Commands map it to exit status 2.
type Error struct {
	File   string // path of the file, or "" for values built in code
	Source string // source name (or lexicon section); "" when not known yet
	Field  string // YAML key path, e.g. "start_urls[0]"
	Line   int    // 1-based line in File, 0 when unknown
	Err    error
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d", e.Line)
		}
		b.WriteString(": ")
	}
	if e.Source != "" {
		fmt.Fprintf(&b, "source %q: ", e.Source)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, "field %s: ", e.Field)
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// ErrUnknownKey is wrapped by errors about keys the schema does not have.
var ErrUnknownKey = errors.New("unknown key")

// decodeStrict decodes node into out (a pointer to a struct, or to a slice
// or map of them) on top of the values out already holds, rejecting keys
// the struct has no `yaml` tag for. path is the key path for messages.
// Errors are *Error with Field and Line set; the caller fills File/Source.
func decodeStrict(node *yaml.Node, out any, path string) error {
	return decodeValue(node, reflect.ValueOf(out).Elem(), path)
}

func decodeValue(node *yaml.Node, v reflect.Value, path string) error {
	if node.Kind == yaml.DocumentNode && len(node.Content) == 1 {
		node = node.Content[0]
	}
	if node.Kind == yaml.AliasNode {
		node = node.Alias
	}
	switch {
	case v.Kind() == reflect.Struct && !isLeafStruct(v.Type()):
		if node.Kind != yaml.MappingNode {
			if node.Tag == "!!null" {
				return nil
			}
			return &Error{Field: path, Line: node.Line, Err: fmt.Errorf("want a mapping, got %s", describe(node))}
		}
		fields := yamlFields(v.Type())
		for i := 0; i+1 < len(node.Content); i += 2 {
			key, val := node.Content[i], node.Content[i+1]
			idx, ok := fields[key.Value]
			if !ok {
				known := sortedKeys(fields)
				if near := nearest(key.Value, known); near != "" {
					return &Error{Field: join(path, key.Value), Line: key.Line, Err: fmt.Errorf("%w; did you mean %s?", ErrUnknownKey, near)}
				}
				return &Error{Field: join(path, key.Value), Line: key.Line,
					Err: fmt.Errorf("%w (known keys: %s)", ErrUnknownKey, strings.Join(known, ", "))}
			}
			if err := decodeValue(val, v.Field(idx), join(path, key.Value)); err != nil {
				return err
			}
		}
		return nil
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Struct && !isLeafStruct(v.Type().Elem()):
		if node.Kind != yaml.SequenceNode {
			if node.Tag == "!!null" {
				return nil
			}
			return &Error{Field: path, Line: node.Line, Err: fmt.Errorf("want a list, got %s", describe(node))}
		}
		s := reflect.MakeSlice(v.Type(), len(node.Content), len(node.Content))
		for i, item := range node.Content {
			if err := decodeValue(item, s.Index(i), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		v.Set(s)
		return nil
	case v.Kind() == reflect.Map && v.Type().Elem().Kind() == reflect.Struct && !isLeafStruct(v.Type().Elem()):
		if node.Kind != yaml.MappingNode {
			return &Error{Field: path, Line: node.Line, Err: fmt.Errorf("want a mapping, got %s", describe(node))}
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(v.Type()))
		}
		for i := 0; i+1 < len(node.Content); i += 2 {
			key, val := node.Content[i], node.Content[i+1]
			elem := reflect.New(v.Type().Elem()).Elem()
			if err := decodeValue(val, elem, join(path, key.Value)); err != nil {
				return err
			}
			v.SetMapIndex(reflect.ValueOf(key.Value).Convert(v.Type().Key()), elem)
		}
		return nil
	default:
		if err := node.Decode(v.Addr().Interface()); err != nil {
			msg := err.Error()
			var te *yaml.TypeError
			if errors.As(err, &te) && len(te.Errors) > 0 {
				msg = te.Errors[0]
				// yaml prefixes "line N: "; Line carries it already.
				if i := strings.Index(msg, ": "); strings.HasPrefix(msg, "line ") && i > 0 {
					msg = msg[i+2:]
				}
			}
			return &Error{Field: path, Line: node.Line, Err: errors.New(msg)}
		}
		return nil
	}
}

// isLeafStruct reports struct types yaml decodes itself (time.Time etc.).
func isLeafStruct(t reflect.Type) bool {
	return t.PkgPath() != "" && !strings.Contains(t.PkgPath(), "dialoguewatch")
}

func yamlFields(t reflect.Type) map[string]int {
	m := map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if tag == "" || tag == "-" || !f.IsExported() {
			continue
		}
		m[tag] = i
	}
	return m
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	// Declaration order reads better than alphabetical in a message.
	byIndex := make([]string, len(keys))
	for k, i := range m {
		byIndex[rank(m, i)] = k
	}
	return byIndex
}

func rank(m map[string]int, i int) int {
	r := 0
	for _, j := range m {
		if j < i {
			r++
		}
	}
	return r
}

// nearest returns the known key within two edits of key, if exactly one
// is closest.
func nearest(key string, known []string) string {
	best, bestD, ties := "", 3, 0
	for _, k := range known {
		d := editDistance(key, k)
		switch {
		case d < bestD:
			best, bestD, ties = k, d, 0
		case d == bestD:
			ties++
		}
	}
	if ties > 0 {
		return ""
	}
	return best
}

// editDistance is the Levenshtein distance of two short ASCII keys.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	}
	return "nothing"
}
