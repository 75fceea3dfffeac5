package config

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Shipped holds the configuration files shipped with the binary:
// sources/*.yaml (the real sites), demo/*.yaml (the offline replica) and
// lexicon/*.yaml (the extractor's vocabulary). The binary runs on them when
// no files are given.
//
//go:embed sources/*.yaml demo/*.yaml lexicon/*.yaml
var Shipped embed.FS

// SourcesFile is the layout of a sources file: optional defaults for every
// source in the file, then the sources.
type SourcesFile struct {
	// Defaults override DefaultSource for every source of this file; each
	// source's own keys override them in turn.
	Defaults yaml.Node `yaml:"defaults"`
	// Sources are the sites to watch.
	Sources []yaml.Node `yaml:"sources"`
}

// ParseSources decodes and validates one sources file. name is used in
// error messages.
func ParseSources(name string, data []byte) ([]Source, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{File: name, Err: errors.New("file is empty")}
		}
		return nil, &Error{File: name, Err: fmt.Errorf("not valid YAML: %w", err)}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &Error{File: name, Line: root.Line, Err: errors.New("want a mapping with a 'sources' list")}
	}
	var defaults, list *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		switch k := root.Content[i]; k.Value {
		case "defaults":
			defaults = root.Content[i+1]
		case "sources":
			list = root.Content[i+1]
		default:
			return nil, &Error{File: name, Field: k.Value, Line: k.Line,
				Err: fmt.Errorf("%w (known keys: defaults, sources)", ErrUnknownKey)}
		}
	}
	if list == nil || list.Kind != yaml.SequenceNode || len(list.Content) == 0 {
		return nil, &Error{File: name, Field: "sources", Err: errors.New("want a non-empty list of sources")}
	}
	base := DefaultSource()
	if defaults != nil {
		if err := decodeStrict(defaults, &base, "defaults"); err != nil {
			return nil, fill(err, name, "")
		}
	}
	out := make([]Source, 0, len(list.Content))
	for i, n := range list.Content {
		src := base
		src.StartURLs, src.Feeds, src.Sitemaps = nil, nil, nil
		src.AllowedDomains = append([]string(nil), base.AllowedDomains...)
		label := nameOf(n, i)
		if err := decodeStrict(n, &src, ""); err != nil {
			return nil, fill(err, name, label)
		}
		if err := src.Validate(name); err != nil {
			return nil, fill(err, name, label)
		}
		out = append(out, src)
	}
	return out, nil
}

// nameOf finds the name of a source node before it is decoded, so that even
// a decode error can say which source it is in.
func nameOf(n *yaml.Node, i int) string {
	if n.Kind == yaml.MappingNode {
		for j := 0; j+1 < len(n.Content); j += 2 {
			if n.Content[j].Value == "name" && n.Content[j+1].Value != "" {
				return n.Content[j+1].Value
			}
		}
	}
	return fmt.Sprintf("#%d", i+1)
}

func fill(err error, file, source string) error {
	var ce *Error
	if errors.As(err, &ce) {
		if ce.File == "" {
			ce.File = file
		}
		if ce.Source == "" {
			ce.Source = source
		}
		return ce
	}
	return &Error{File: file, Source: source, Err: err}
}

// LoadSources reads sources from files and directories (every *.yaml and
// *.yml in a directory). With no paths it loads the shipped real sources.
// Source names must be unique across all files.
func LoadSources(paths ...string) ([]Source, error) {
	if len(paths) == 0 {
		return LoadShippedSources("sources")
	}
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, &Error{File: p, Err: err}
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		for _, pat := range []string{"*.yaml", "*.yml"} {
			m, _ := filepath.Glob(filepath.Join(p, pat))
			files = append(files, m...)
		}
	}
	sort.Strings(files)
	return parseFiles(files, "", os.ReadFile)
}

// LoadShippedSources loads the sources in a directory of Shipped ("sources"
// for the real sites, "demo" for the replica).
func LoadShippedSources(dir string) ([]Source, error) {
	names, _ := fs.Glob(Shipped, dir+"/*.yaml")
	return parseFiles(names, "config/", func(n string) ([]byte, error) { return fs.ReadFile(Shipped, n) })
}

// parseFiles parses every file; names must be unique across them. prefix is
// prepended to file names in messages.
func parseFiles(files []string, prefix string, read func(string) ([]byte, error)) ([]Source, error) {
	var all []Source
	seen := map[string]string{}
	for _, f := range files {
		label := prefix + f
		data, err := read(f)
		if err != nil {
			return nil, &Error{File: label, Err: err}
		}
		srcs, err := ParseSources(label, data)
		if err != nil {
			return nil, err
		}
		for _, s := range srcs {
			if prev, dup := seen[s.Name]; dup {
				return nil, &Error{File: label, Source: s.Name, Field: "name", Err: fmt.Errorf("already defined in %s", prev)}
			}
			seen[s.Name] = label
		}
		all = append(all, srcs...)
	}
	if len(all) == 0 {
		return nil, &Error{File: prefix + strings.Join(files, ", "), Err: errors.New("no sources found")}
	}
	return all, nil
}
