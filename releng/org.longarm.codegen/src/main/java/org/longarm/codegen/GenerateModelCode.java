package org.longarm.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates Longarm's model code ({@code org.longarm.model/src-gen}) and EMF.Edit code
 * ({@code org.longarm.model.edit/src-gen}) from {@code org.longarm.model/model/longarm.genmodel}, with EMF's
 * own generator running outside OSGi.
 *
 * <p>The {@code src-gen} folders are emptied first: generated code is never edited by hand, so there is nothing
 * to merge, and generation from an empty folder is what makes the output reproducible.
 *
 * <p>Usage: {@code GenerateModelCode MODEL_PROJECT_DIR EDIT_PROJECT_DIR}
 */
public final class GenerateModelCode {

    static final String MODEL_PROJECT = "org.longarm.model";
    static final String EDIT_PROJECT = "org.longarm.model.edit";
    static final String GENMODEL = "model/longarm.genmodel";

    private GenerateModelCode() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: GenerateModelCode MODEL_PROJECT_DIR EDIT_PROJECT_DIR");
            System.exit(2);
        }
        Diagnostic result = generate(Path.of(args[0]), Path.of(args[1]), Path.of(args[0]));
        if (result.getSeverity() >= Diagnostic.ERROR) {
            System.err.println(result);
            System.exit(1);
        }
        System.out.println("generated " + MODEL_PROJECT + "/src-gen and " + EDIT_PROJECT + "/src-gen");
    }

    /**
     * Generates into {@code modelDir/src-gen} and {@code editDir/src-gen} from the genmodel (and its ecore) found
     * under {@code genModelProjectDir}.
     */
    public static Diagnostic generate(Path modelDir, Path editDir, Path genModelProjectDir) {
        deleteTree(modelDir.resolve("src-gen"));
        deleteTree(editDir.resolve("src-gen"));
        if (!modelDir.equals(genModelProjectDir)) {
            copyModelFolder(genModelProjectDir, modelDir);
        }

        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        EcorePlugin.getPlatformResourceMap().put(MODEL_PROJECT, folderUri(modelDir));
        EcorePlugin.getPlatformResourceMap().put(EDIT_PROJECT, folderUri(editDir));
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        ResourceSet resourceSet = new ResourceSetImpl();
        URI genModelUri = URI.createPlatformResourceURI(MODEL_PROJECT + "/" + GENMODEL, true);
        GenModel genModel = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() >= Diagnostic.ERROR) {
            return valid;
        }

        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic model = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        if (model.getSeverity() >= Diagnostic.ERROR) {
            return model;
        }
        return generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor());
    }

    private static URI folderUri(Path dir) {
        return URI.createFileURI(dir.toAbsolutePath().normalize().toString() + "/");
    }

    private static void copyModelFolder(Path from, Path to) {
        try {
            Files.createDirectories(to.resolve("model"));
            try (Stream<Path> files = Files.list(from.resolve("model"))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.copy(file, to.resolve("model").resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
