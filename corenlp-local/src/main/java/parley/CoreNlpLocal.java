package parley;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Parley's local parser: loads one Stanford CoreNLP pipeline (tokenize, ssplit, pos, lemma,
 * depparse) once and answers JSON lines on stdin/stdout, so that one warm JVM serves many
 * articles. A request is {"id": n, "text": "..."} (split into sentences here) or {"id": n,
 * "sentences": ["...", ...]} (one sentence each, offsets relative to each sentence); the answer is
 * {"id": n, "sentences": [{"tokens": [[word, begin, end, lemma, pos], ...], "deps": [[gov,
 * dep, rel], ...]}]} with 1-based token indices (0 = root) and enhanced++ UD relations, or {"id":
 * n, "error": "..."}. Prints CORENLP_READY on stdout when loaded; exits when stdin closes.
 */
public final class CoreNlpLocal {
  private CoreNlpLocal() {}

  /** Parser threads: PARLEY_NLP_THREADS, else one per core. */
  private static final int THREADS = threads();

  private static int threads() {
    String configured = System.getenv("PARLEY_NLP_THREADS");
    if (configured != null && configured.matches("[1-9][0-9]?")) return Integer.parseInt(configured);
    return Runtime.getRuntime().availableProcessors();
  }

  /** No NER: names come from Parley's gazetteer and lexicon; CoreNLP's NER cost a third more time and 470 MiB. */
  private static Properties properties(boolean oneSentencePerLine) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
    props.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,splitHyphenated=false");
    props.setProperty("depparse.extradependencies", "MAXIMAL");
    if (oneSentencePerLine) props.setProperty("ssplit.eolonly", "true");
    return props;
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
    // CoreNLP logs to stderr; stdout carries answers only.
    System.setOut(System.err);
    long started = System.nanoTime();
    StanfordCoreNLP articles = new StanfordCoreNLP(properties(false));
    StanfordCoreNLP lines = new StanfordCoreNLP(properties(true));
    articles.process("Warm up the parser.");
    out.println("CORENLP_READY " + ((System.nanoTime() - started) / 1_000_000) + " ms");
    out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) continue;
      out.println(answer(line, articles, lines));
      out.flush();
    }
  }

  private static String answer(String line, StanfordCoreNLP articles, StanfordCoreNLP lines) {
    long id = -1;
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      JsonObject request = reader.readObject();
      id = request.getJsonNumber("id").longValue();
      StringBuilder json = new StringBuilder(line.length() * 8);
      json.append("{\"id\":").append(id).append(",\"sentences\":[");
      if (request.containsKey("sentences")) {
        JsonArray list = request.getJsonArray("sentences");
        List<Annotation> docs = new ArrayList<>(list.size());
        // One annotation per sentence keeps each sentence whole and its offsets its own.
        for (int i = 0; i < list.size(); i++) {
          docs.add(new Annotation(((JsonString) list.get(i)).getString().replace('\n', ' ')));
        }
        // The article's sentences are parsed side by side on every core; the answer keeps their order.
        if (docs.size() > 1 && THREADS > 1) lines.annotate(docs, THREADS);
        else docs.forEach(lines::annotate);
        for (int i = 0; i < docs.size(); i++) {
          if (i > 0) json.append(',');
          // A sentence the splitter still cut (eolonly keeps that rare) is answered as one.
          writeSentence(json, docs.get(i).get(CoreAnnotations.SentencesAnnotation.class));
        }
      } else {
        Annotation doc = new Annotation(request.getString("text"));
        articles.annotate(doc);
        List<CoreMap> parsed = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < parsed.size(); i++) {
          if (i > 0) json.append(',');
          writeSentence(json, List.of(parsed.get(i)));
        }
      }
      return json.append("]}").toString();
    } catch (RuntimeException error) {
      return "{\"id\":" + id + ",\"error\":" + quote(String.valueOf(error.getMessage())) + "}";
    }
  }

  private static void writeSentence(StringBuilder json, List<CoreMap> parts) {
    json.append("{\"tokens\":[");
    int offset = 0;
    boolean first = true;
    StringBuilder deps = new StringBuilder();
    for (CoreMap sentence : parts) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel token : tokens) {
        if (!first) json.append(',');
        first = false;
        json.append('[').append(quote(token.word())).append(',').append(token.beginPosition()).append(',')
            .append(token.endPosition()).append(',').append(quote(token.lemma())).append(',')
            .append(quote(token.tag())).append(']');
      }
      SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (graph != null) {
        for (var root : graph.getRoots()) {
          if (deps.length() > 0) deps.append(',');
          deps.append("[0,").append(root.index() + offset).append(",\"root\"]");
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
          if (deps.length() > 0) deps.append(',');
          deps.append('[').append(edge.getGovernor().index() + offset).append(',')
              .append(edge.getDependent().index() + offset).append(',')
              .append(quote(edge.getRelation().toString())).append(']');
        }
      }
      offset += tokens.size();
    }
    json.append("],\"deps\":[").append(deps).append("]}");
  }

  private static String quote(String text) {
    return Json.createValue(text).toString();
  }
}
