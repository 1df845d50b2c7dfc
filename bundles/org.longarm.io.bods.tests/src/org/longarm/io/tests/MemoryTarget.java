package org.longarm.io.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.longarm.core.graph.ProductLineRecord;
import org.longarm.core.io.InputProblem;
import org.longarm.core.io.ReadTarget;
import org.longarm.model.Brand;
import org.longarm.model.Device;
import org.longarm.model.Entity;
import org.longarm.model.Identifier;
import org.longarm.model.ProductLine;
import org.longarm.model.Relationship;
import org.longarm.model.Site;
import org.longarm.model.Source;

/** A ReadTarget in memory: keeps what it is given, by key, the last one winning. No database. */
class MemoryTarget implements ReadTarget {
    /** The references announced ({@link #expectReferences}), each call's in a list. */
    final java.util.List<java.util.List<String>> announced = new java.util.ArrayList<>();

    final Map<String, Entity> entities = new LinkedHashMap<>();
    final Map<String, String> identifiers = new LinkedHashMap<>();
    final Map<String, Relationship> relationships = new LinkedHashMap<>();
    final Map<String, Brand> brands = new LinkedHashMap<>();
    final Map<String, ProductLine> productLines = new LinkedHashMap<>();
    final Map<String, Site> sites = new LinkedHashMap<>();
    final Map<String, Device> devices = new LinkedHashMap<>();
    final Map<String, Source> sources = new LinkedHashMap<>();
    final List<InputProblem> problems = new ArrayList<>();
    String fileName = "test.json";
    long added;

    MemoryTarget file(String name) {
        fileName = name;
        return this;
    }

    @Override
    public void add(EObject object) {
        added++;
        if (object instanceof Entity e) {
            entities.put(e.getId(), e);
            for (Identifier identifier : e.getIdentifiers()) {
                identifiers.put(identifier.getScheme() + ":" + identifier.getId(), e.getId());
            }
        } else if (object instanceof Relationship r) {
            relationships.put(r.getId(), r);
        } else if (object instanceof Brand b) {
            brands.put(b.getId(), b);
        } else if (object instanceof ProductLine p) {
            productLines.put(p.getId(), p);
        } else if (object instanceof Site s) {
            sites.put(s.getId(), s);
        } else if (object instanceof Device d) {
            devices.put(d.getAssetId(), d);
        } else if (object instanceof Source s) {
            sources.put(s.getId(), s);
        } else {
            throw new IllegalArgumentException("unexpected top-level object " + object);
        }
    }

    @Override
    public void problem(InputProblem problem) {
        problems.add(problem);
    }

    @Override
    public void expectReferences(java.util.Collection<String> references) {
        announced.add(java.util.List.copyOf(references));
    }

    @Override
    public Optional<String> entityKey(String reference) {
        if (entities.containsKey(reference)) {
            return Optional.of(reference);
        }
        return Optional.ofNullable(identifiers.get(reference));
    }

    @Override
    public List<ProductLineRecord> productLines(String brandKey) {
        List<ProductLineRecord> result = new ArrayList<>();
        for (ProductLine p : productLines.values()) {
            if (p.getBrand().getId().equals(brandKey)) {
                Brand brand = brands.get(brandKey);
                result.add(new ProductLineRecord(p.getId(), brandKey, brand == null ? brandKey : brand.getName(),
                        p.getModel(), p.getBrandOwner() == null ? null : p.getBrandOwner().getId(),
                        p.getManufacturer() == null ? null : p.getManufacturer().getId(),
                        p.isSetRelation() ? p.getRelation() : null,
                        p.getValidFrom(), p.getValidTo()));
            }
        }
        return result;
    }

    @Override
    public List<String> brandNames() {
        return brands.values().stream().map(Brand::getName).toList();
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String importId() {
        return "import-1";
    }

    String problemText() {
        StringBuilder text = new StringBuilder();
        for (InputProblem p : problems) {
            text.append(p).append('\n');
        }
        return text.toString();
    }
}
